package org.thaw.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a page stands among the others, for "Older" / "Newer" buttons. */
class PageTest {

    @Test
    void anEmptyListIsOnePageWithNothingBeforeOrAfter() {
        Page<String> empty = new Page<>(List.of(), 0, 20, 0);
        assertEquals(0, empty.lastPage());
        assertFalse(empty.hasNext());
        assertFalse(empty.hasPrevious());
    }

    @Test
    void exactlyFullPagesDoNotAddAnEmptyOne() {
        assertEquals(1, new Page<>(List.of(), 0, 20, 40).lastPage());
        assertEquals(2, new Page<>(List.of(), 0, 20, 41).lastPage());
    }

    @Test
    void aMiddlePageHasBoth() {
        Page<String> middle = new Page<>(List.of("x"), 1, 20, 53);
        assertTrue(middle.hasNext());
        assertTrue(middle.hasPrevious());
        Page<String> last = new Page<>(List.of("x"), 2, 20, 53);
        assertFalse(last.hasNext());
    }
}
