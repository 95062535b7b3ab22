package dossier.render;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A map made only when a template first reads it: citation texts and JSON-LD cost work on every
 * page, and a template that shows none of them should not pay for them.
 */
public final class LazyMap extends AbstractMap<String, Object> {
    private final Supplier<Map<String, Object>> make;
    private Map<String, Object> made;

    public LazyMap(Supplier<Map<String, Object>> make) {
        this.make = make;
    }

    private synchronized Map<String, Object> map() {
        if (made == null) {
            made = make.get();
        }
        return made;
    }

    @Override
    public Object get(Object key) {
        return map().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map().containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return map().entrySet();
    }
}
