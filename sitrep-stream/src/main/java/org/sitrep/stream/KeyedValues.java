package org.sitrep.stream;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Takes each Kafka record as it is: its key (the content hash {@code sitrep publish} wrote, as UTF-8, or where it
 * was in the topic when it has none) and its value's bytes, left for {@link AnalyzeFunction} to decode, so that a
 * record that is not a document is one line and a count there rather than a failed job.
 *
 * <p>Thread safety: stateless.
 */
final class KeyedValues implements KafkaRecordDeserializationSchema<Tuple2<String, byte[]>> {
    private static final long serialVersionUID = 1L;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Tuple2<String, byte[]>> out) {
        String key = record.key() == null
                ? record.topic() + "/" + record.partition() + "@" + record.offset()
                : new String(record.key(), java.nio.charset.StandardCharsets.UTF_8);
        out.collect(Tuple2.of(key, record.value() == null ? new byte[0] : record.value()));
    }

    @Override
    public TypeInformation<Tuple2<String, byte[]>> getProducedType() {
        return Types.TUPLE(Types.STRING, Types.PRIMITIVE_ARRAY(Types.BYTE));
    }
}
