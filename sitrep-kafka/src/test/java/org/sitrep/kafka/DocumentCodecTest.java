package org.sitrep.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.read.DocumentReader;

class DocumentCodecTest {
    private static final String PAGE = """
            <html lang="en"><head><title>Kenya sends more police to Haiti</title>
            <meta property="article:published_time" content="2024-11-08T10:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Kenya sends more police to Haiti</h1>
            <p>NAIROBI - Kenya sent 200 more police officers to Haiti on Friday, the interior ministry said.</p>
            <p>"We will stay the course," President William Ruto said.</p></article>
            <footer>Copyright 2024</footer></body></html>
            """;

    private final DocumentCodec codec = new DocumentCodec();

    @Test
    void aPageReadFromHtmlComesBackWithItsIdMetadataAndLayers() {
        Document doc = DocumentReader.builder().build().read("news/kenya.html", PAGE.getBytes(UTF_8)).documents()
                .get(0);
        assertThat(doc.has(Layers.SOURCE_MAP)).isTrue();

        Document back = codec.decode(codec.encode(doc));

        assertThat(back.id()).isEqualTo(doc.id());
        assertThat(back.text()).isEqualTo(doc.text());
        assertThat(back.source()).isEqualTo("news/kenya.html");
        assertThat(back.findTitle()).isEqualTo(doc.findTitle());
        assertThat(back.published()).isEqualTo(doc.published());
        assertThat(back.findLanguage()).isEqualTo(doc.findLanguage());
        assertThat(back.layerKeys()).containsExactlyElementsOf(doc.layerKeys());
        for (var layer : doc.layerKeys()) {
            assertThat(back.layer(layer)).as(layer.name()).isEqualTo(doc.layer(layer));
        }
    }

    @Test
    void aValueThatIsNotADocumentIsRefusedInOneLine() {
        assertThatThrownBy(() -> codec.decode("{\"text\": ".getBytes(UTF_8)))
                .isInstanceOf(MalformedRecordException.class).hasMessageStartingWith("not a Sitrep document record")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> codec.decode("{\"format\": 9, \"text\": \"x\"}".getBytes(UTF_8)))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("format 9");
    }

    @Test
    void aLayerOfAClassOutsideSitrepIsNeverLoaded() {
        String value = "{\"format\":1,\"text\":\"Some text.\",\"source\":\"x\",\"layers\":[{\"name\":\"evil\","
                + "\"type\":\"java.lang.ProcessBuilder\",\"producedBy\":\"x\",\"values\":[]}]}";

        assertThatThrownBy(() -> codec.decode(value.getBytes(UTF_8))).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("not a Sitrep record type");
    }
}
