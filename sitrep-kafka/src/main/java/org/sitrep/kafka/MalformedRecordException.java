package org.sitrep.kafka;

/**
 * A Kafka record whose value is not a document {@link DocumentCodec} can read; the message says what is wrong, in
 * one line.
 */
public final class MalformedRecordException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MalformedRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
