package dossier.render;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/** A list made only when a template first reads it, as {@link LazyMap} is for maps. */
public final class LazyList extends AbstractList<Object> {
    private final Supplier<List<?>> make;
    private List<?> made;

    public LazyList(Supplier<List<?>> make) {
        this.make = make;
    }

    private synchronized List<?> list() {
        if (made == null) {
            made = List.copyOf(make.get());
        }
        return made;
    }

    @Override
    public Object get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }
}
