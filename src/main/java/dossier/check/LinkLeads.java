package dossier.check;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where each link leads, by its page's folder and its text, for one base path and site URL. A builder
 * made for one build starts with an empty one; {@code serve}'s builder keeps one, so that a rebuild
 * parses and resolves only the links it has not seen: on a dossier of 150 pages, resolving every link
 * again was a fifth of a rebuild that changed nothing. It holds what the last build used, no more: a
 * lead that a whole build passes without asking for is forgotten.
 */
public final class LinkLeads {
    private String base = "";
    private Map<String, LinkLead> used = new HashMap<>();
    private Map<String, LinkLead> before = new HashMap<>();

    /** Starts a build's link check: a new base forgets every lead, and leads the last build did not use go. */
    synchronized void startBuild(String basePath, String siteOrigin) {
        String next = basePath + "\n" + siteOrigin;
        before = next.equals(base) ? used : new HashMap<>();
        used = new HashMap<>();
        base = next;
    }

    synchronized LinkLead of(String folderAndUrl, Supplier<LinkLead> make) {
        LinkLead lead = used.get(folderAndUrl);
        if (lead == null) {
            lead = before.remove(folderAndUrl);
            if (lead == null) {
                lead = make.get();
            }
            used.put(folderAndUrl, lead);
        }
        return lead;
    }
}
