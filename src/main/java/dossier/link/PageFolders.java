package dossier.link;

import dossier.config.SiteConfig;
import dossier.content.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The folders of narrative pages: {@code content/analysis/*.md} make the folder {@code /analysis/}.
 * Each folder is a page listing what it holds, its pages and its subfolders, lightest first (by
 * {@code weight}, then title). A page published at the folder's own path ({@code analysis/_index.md},
 * {@code analysis/index.md} or {@code analysis.md}) is its introduction; without one the build makes
 * the page from the folder's name. The home page's folder, the root, is no such folder.
 */
public final class PageFolders {
    /**
     * One line of a folder's list: a page of the folder, or one of its subfolders.
     *
     * @param source the file it shows, "content/analysis/limits.md"; a subfolder without a page, its folder
     */
    public record Item(String path, String title, String summary, String date, int weight, String source) {}

    /** A folder at {@code path}, its title, its own page if it has one, and its items in order. */
    public record Folder(String path, String title, Optional<Page> own, List<Item> items) {
        public Folder {
            items = List.copyOf(items);
        }
    }

    /** An item with its title lower-cased once, not at each of a sort's comparisons. */
    private record Keyed(Item item, String folded) {}

    private static final Comparator<Keyed> ORDER = Comparator.<Keyed>comparingInt(keyed -> keyed.item().weight())
            .thenComparing(Keyed::folded).thenComparing(keyed -> keyed.item().title())
            .thenComparing(keyed -> keyed.item().path());

    private final Map<String, Folder> byPath;

    private PageFolders(Map<String, Folder> byPath) {
        this.byPath = byPath;
    }

    /**
     * The folders of a linked site: those of its pages that are published, at their own page or at a
     * target the link stage made for them (a folder whose path something else publishes has no list).
     */
    public static PageFolders of(LinkedSite site) {
        Map<String, Target> byPath = new TreeMap<>();
        site.targets().values().forEach(target -> byPath.put(target.path(), target));
        Map<String, Page> pages = new TreeMap<>();
        site.pages().stream().filter(page -> !page.isHome()).forEach(page -> pages.put(page.path(), page));
        // Each page under its folder, found once: a folder of 40,000 pages is not searched 40,000 times.
        Map<String, List<Item>> byFolder = new HashMap<>();
        pages.values().forEach(page -> byFolder.computeIfAbsent(parent(page.path()), folder -> new ArrayList<>())
                .add(item(page)));
        Map<String, Folder> folders = new TreeMap<>();
        for (String path : paths(site.pages())) {
            Target target = byPath.get(path);
            Page own = pages.get(path);
            if (target == null || !(target.kind() == PageKind.FOLDER || own != null && target.kind() == PageKind.PAGE)) {
                continue;
            }
            folders.put(path, new Folder(path, target.title(), Optional.ofNullable(own),
                    ordered(byFolder.getOrDefault(path, List.of()))));
        }
        // A subfolder without a page of its own is listed in its parent under its title.
        for (Folder folder : List.copyOf(folders.values())) {
            String parent = parent(folder.path());
            Folder above = folders.get(parent);
            if (folder.own().isEmpty() && above != null) {
                List<Item> items = new ArrayList<>(above.items());
                items.add(new Item(folder.path(), folder.title(), "", "", 0, "content" + folder.path()));
                folders.put(parent, new Folder(parent, above.title(), above.own(), ordered(items)));
            }
        }
        return new PageFolders(Map.copyOf(folders));
    }

    /** Lightest first, then by title (ignoring case), then by path. */
    private static List<Item> ordered(List<Item> items) {
        return items.stream().map(item -> new Keyed(item, item.title().toLowerCase(Locale.ROOT))).sorted(ORDER)
                .map(Keyed::item).toList();
    }

    /** Every folder of pages, by path. */
    public Map<String, Folder> all() {
        return new TreeMap<>(byPath);
    }

    /** The folder at a path, if there is one. */
    public Optional<Folder> at(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The folder a page (or subfolder) at {@code path} is listed in, if it is listed in one. */
    public Optional<Folder> around(String path) {
        return path.equals("/") ? Optional.empty() : at(parent(path));
    }

    /** The folders above a path, outermost first: the breadcrumbs of a page in them. */
    public List<Folder> above(String path) {
        List<Folder> folders = new ArrayList<>();
        for (String folder = parent(path); !folder.equals("/"); folder = parent(folder)) {
            at(folder).ifPresent(found -> folders.add(0, found));
        }
        return folders;
    }

    /** The folders the pages are in, and those above them, without the root. */
    static List<String> paths(List<Page> pages) {
        TreeSet<String> paths = new TreeSet<>();
        for (Page page : pages) {
            for (String folder = parent(page.path()); !folder.equals("/"); folder = parent(folder)) {
                paths.add(folder);
            }
        }
        return List.copyOf(paths);
    }

    /** "/analysis/limits/" is in "/analysis/"; "/about/" and "/" are in "/". */
    static String parent(String path) {
        if (path.equals("/")) {
            return "/";
        }
        String inside = path.substring(0, path.length() - 1);
        return inside.substring(0, inside.lastIndexOf('/') + 1);
    }

    /**
     * A folder's title when it has no page of its own: the title the navigation gives its path, else its
     * name with its first letter upper-case and hyphens and underscores read as spaces ("trade-and-energy"
     * is "Trade and energy").
     */
    static String title(String path, SiteConfig config) {
        String name = path.substring(1, path.length() - 1);
        for (SiteConfig.NavItem item : config.navigation()) {
            if (item.url().equals(path)
                    || RefTarget.parse(item.url()).equals(Optional.of(new RefTarget(name, Optional.empty())))) {
                return item.title();
            }
        }
        String last = name.substring(name.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ').strip();
        return last.isEmpty() ? name : last.substring(0, 1).toUpperCase(Locale.ROOT) + last.substring(1);
    }

    private static Item item(Page page) {
        return new Item(page.path(), page.front().title(), page.front().summary(), page.front().date(),
                page.front().weight(), page.file());
    }
}
