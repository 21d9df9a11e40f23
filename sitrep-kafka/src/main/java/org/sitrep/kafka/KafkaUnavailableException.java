package org.sitrep.kafka;

/** Kafka cannot be used: the cluster does not answer, or the topic named is not there. The message is one line. */
public final class KafkaUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
