package dev.limittriage.io;

/**
 * A knowledge file is missing, unreadable or wrong. The message always names the file and the field, e.g.
 * {@code owners.json: owners[2].buckets[1]: unknown bucket "tmp"}.
 */
public final class KnowledgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;

    public KnowledgeException(String file, String field, String problem) {
        super(file + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
        this.file = file;
        this.field = field;
    }

    public KnowledgeException(String file, String field, String problem, Throwable cause) {
        super(file + ": " + (field.isEmpty() ? "" : field + ": ") + problem, cause);
        this.file = file;
        this.field = field;
    }

    /** The file name, e.g. {@code owners.json}. */
    public String file() {
        return file;
    }

    /** The field path inside the file, e.g. {@code owners[2].buckets[1]}; empty for the file as a whole. */
    public String field() {
        return field;
    }
}
