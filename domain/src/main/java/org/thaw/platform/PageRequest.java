package org.thaw.platform;

/** A requested page, checked: {@code page} from 0, {@code size} 1 to {@value Page#MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + Page.MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "is beyond the last page");
        }
    }

    /** From optional query parameters, with the defaults of the REST conventions. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? Page.DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
