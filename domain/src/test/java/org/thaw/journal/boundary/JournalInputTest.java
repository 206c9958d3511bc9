package org.thaw.journal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * What is stored of a note. The Bean Validation limits of {@link JournalInput} are proven where a
 * validation provider runs them: at the boundary, in the container test.
 */
class JournalInputTest {

    @Test
    void aBlankNoteIsNoNote() {
        assertNull(new JournalInput(3, null).noteOrNull());
        assertNull(new JournalInput(3, "").noteOrNull());
        assertNull(new JournalInput(3, " \n\t ").noteOrNull());
    }

    @Test
    void aNoteIsStoredWithoutSurroundingWhitespace() {
        assertEquals("slept badly", new JournalInput(3, "  slept badly\n").noteOrNull());
    }
}
