package org.thaw.integration.view;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;

/**
 * A list a page shows a page at a time, with "Newer" and "Older" buttons: the page on show and how
 * to move. The bean passes its boundary's read on each move, so this holds no reference to it.
 *
 * <pre>
 * private final Paging&lt;ThreadSummary&gt; threads = new Paging&lt;&gt;(20);
 * public void older() { threads.older(messages::threads); }
 * </pre>
 */
public final class Paging<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int size;
    private Page<T> current;

    public Paging(int size) {
        this.size = size;
        this.current = new Page<>(List.of(), 0, size, 0);
    }

    /** Shows page {@code page} (from 0); one beyond the end, as when the list shrank meanwhile, shows the last. */
    public void show(int page, Function<PageRequest, Page<T>> read) {
        current = read.apply(new PageRequest(Math.max(0, page), size));
        if (current.items().isEmpty() && page > 0) {
            current = read.apply(new PageRequest(current.lastPage(), size));
        }
    }

    public void older(Function<PageRequest, Page<T>> read) {
        show(current.page() + 1, read);
    }

    public void newer(Function<PageRequest, Page<T>> read) {
        show(current.page() - 1, read);
    }

    public List<T> getItems() {
        return current.items();
    }

    public long getTotal() {
        return current.total();
    }

    public boolean isHasOlder() {
        return current.hasNext();
    }

    public boolean isHasNewer() {
        return current.hasPrevious();
    }

    /** Whether there is more than one page, so the buttons show. */
    public boolean isPaged() {
        return current.total() > size;
    }

    /** "21–40 of 53". */
    public String getRange() {
        long first = (long) current.page() * size + 1;
        long last = Math.min(current.total(), first + current.items().size() - 1);
        return first + "–" + last + " of " + current.total();
    }

    /** "Page 2 of 3". */
    public String getPageOfPages() {
        return "Page " + (current.page() + 1) + " of " + (current.lastPage() + 1);
    }
}
