package dossier.render;

import dossier.link.LinkedSite;
import dossier.link.PageFolders;
import dossier.link.PageFolders.Folder;
import dossier.link.PageFolders.Item;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a narrative page shows of the folders of pages it is in ({@link PageFolders}): its breadcrumbs,
 * its previous and next page in its folder's order, and for a folder's own page the folder's list.
 */
final class FolderModel {
    private final PageFolders folders;
    private final LinkedSite site;
    /** Where each page or subfolder stands in the list of the folder around it: found once, not once a page. */
    private final Map<String, Integer> places = new HashMap<>();

    FolderModel(LinkedSite site) {
        this.site = site;
        this.folders = PageFolders.of(site);
        folders.all().values().forEach(folder -> {
            List<Item> items = folder.items();
            for (int i = 0; i < items.size(); i++) {
                places.put(items.get(i).path(), i);
            }
        });
    }

    /**
     * Adds to a page's model {@code breadcrumbs} (the folders above it, outermost first), {@code folder}
     * (the one it is listed in, or null), {@code previous} and {@code next} (its neighbours there, or
     * null) and {@code pages} (what it lists, when it is a folder's page; else empty), each a link
     * {title, url, path} and, in {@code pages}, {summary, date, weight} too.
     */
    void addTo(Map<String, Object> page, String path) {
        page.put("breadcrumbs", folders.above(path).stream().map(folder -> link(folder.path(), folder.title()))
                .toList());
        Optional<Folder> around = folders.around(path);
        List<Item> siblings = around.map(Folder::items).orElse(List.of());
        int at = around.isPresent() ? places.getOrDefault(path, -1) : -1;
        page.put("folder", around.map(folder -> link(folder.path(), folder.title())).orElse(null));
        page.put("previous", at > 0 ? link(siblings.get(at - 1).path(), siblings.get(at - 1).title()) : null);
        page.put("next", at >= 0 && at < siblings.size() - 1
                ? link(siblings.get(at + 1).path(), siblings.get(at + 1).title()) : null);
        page.put("pages", folders.at(path).map(Folder::items).orElse(List.of()).stream().map(this::item).toList());
    }

    /** The folders of pages of the site. */
    PageFolders folders() {
        return folders;
    }

    /** The folder at a path, for the page the build makes for it. */
    Optional<Folder> at(String path) {
        return folders.at(path);
    }

    private Object item(Item item) {
        Map<String, Object> map = link(item.path(), item.title());
        map.put("summary", item.summary());
        map.put("date", item.date());
        map.put("weight", item.weight());
        return map;
    }

    private Map<String, Object> link(String path, String title) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", title);
        map.put("path", path);
        map.put("url", site.config().href(path));
        return map;
    }
}
