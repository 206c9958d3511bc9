package org.thaw.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A page request comes straight from query parameters, so its limits are checked on the way in. */
class PageRequestTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void aSizeFromOneToOneHundredIsAccepted(int size) {
        assertEquals(size, new PageRequest(0, size).size());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101, -1})
    void aSizeOutsideOneToOneHundredIsRefusedNamingSize(int size) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new PageRequest(0, size));

        assertEquals("size", refused.field());
    }

    @Test
    void aNegativePageIsRefusedNamingPage() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new PageRequest(-1, 20));

        assertEquals("page", refused.field());
    }

    @Test
    void aPageWhoseOffsetWouldOverflowIsRefusedNamingPage() {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> new PageRequest(21_474_837, 100));
        assertEquals("page", refused.field());
        assertEquals(21_474_836 * 100, new PageRequest(21_474_836, 100).offset());
    }

    @Test
    void pagesCountFromZeroAndSkipWholePages() {
        assertEquals(0, new PageRequest(0, 20).offset());
        assertEquals(40, new PageRequest(2, 20).offset());
    }

    @Test
    void missingParametersMeanTheFirstPageOfTheDefaultSize() {
        assertEquals(new PageRequest(0, Page.DEFAULT_SIZE), PageRequest.of(null, null));
        assertEquals(new PageRequest(3, 5), PageRequest.of(3, 5));
    }

    @Test
    void aPageKeepsACopyOfItsItems() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(items, 0, 1, 1);

        items.add("b");

        assertEquals(List.of("a"), page.items());
        assertThrows(UnsupportedOperationException.class, () -> page.items().add("c"));
    }
}
