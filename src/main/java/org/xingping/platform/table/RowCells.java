package org.xingping.platform.table;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The cells of one row as an unmodifiable map whose keys live once per file: a 100,000-row table
 * then costs an array per row instead of a hash map per row.
 */
final class RowCells extends AbstractMap<String, String> {

    /** The canonical column names of one file's header, in header order. */
    static final class Layout {

        private final String[] keys;
        private final Map<String, Integer> slots;

        Layout(String[] keys) {
            this.keys = keys.clone();
            this.slots = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                slots.put(keys[i], i);
            }
        }

        int size() {
            return keys.length;
        }

        String keyAt(int slot) {
            return keys[slot];
        }
    }

    private final Layout layout;
    private final String[] values;

    RowCells(Layout layout, String[] values) {
        if (values.length != layout.keys.length) {
            throw new IllegalArgumentException("A row needs one value per column");
        }
        this.layout = layout;
        this.values = values;
    }

    @Override
    public String get(Object key) {
        Integer slot = layout.slots.get(key);
        return slot == null ? null : values[slot];
    }

    @Override
    public boolean containsKey(Object key) {
        return layout.slots.containsKey(key);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int slot = next++;
                        return Map.entry(layout.keys[slot], values[slot]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
