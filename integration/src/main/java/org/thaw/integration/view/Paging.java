package org.thaw.integration.view;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;

/**
 * A list a page shows a page at a time, with "Newer" and "Older" buttons: the page on show, read
 * through the boundary method given, and the moves.
 *
 * <pre>
 * threads = new Paging&lt;&gt;(20, messages::threads);   // in the bean's @PostConstruct
 * &lt;p:commandButton action="#{inboxBacking.threads.older}" disabled="#{not inboxBacking.threads.hasOlder}"/&gt;
 * </pre>
 */
public final class Paging<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A boundary's paged read, e.g. {@code MyMessages::threads}; serializable, as the view-scoped bean is. */
    @FunctionalInterface
    public interface Read<T> extends Function<PageRequest, Page<T>>, Serializable {}

    private final int size;
    private final Read<T> read;
    private Page<T> current;

    /** Empty until {@link #show} reads a page. */
    public Paging(int size, Read<T> read) {
        this.size = size;
        this.read = read;
        this.current = new Page<>(List.of(), 0, size, 0);
    }

    /** Shows page {@code page} (from 0); one beyond the end, as when the list shrank meanwhile, shows the last. */
    public void show(int page) {
        current = read.apply(new PageRequest(Math.max(0, page), size));
        if (current.items().isEmpty() && page > 0) {
            current = read.apply(new PageRequest(current.lastPage(), size));
        }
    }

    public void older() {
        show(current.page() + 1);
    }

    public void newer() {
        show(current.page() - 1);
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
        return Texts.get("paging.range", first, last, current.total());
    }

    /** "Page 2 of 3". */
    public String getPageOfPages() {
        return Texts.get("paging.pageOf", current.page() + 1, current.lastPage() + 1);
    }
}
