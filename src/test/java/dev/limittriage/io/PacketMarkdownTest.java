package dev.limittriage.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.packet.FieldName;
import dev.limittriage.packet.IncidentPacket;
import dev.limittriage.packet.PacketBuilder;
import dev.limittriage.packet.PacketTemplate;
import dev.limittriage.packet.Leaks;
import dev.limittriage.packet.PlantedSecrets;
import dev.limittriage.packet.TestPackets;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PacketMarkdownTest {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final PacketMarkdown markdown = new PacketMarkdown();

    @Test
    void should_match_the_golden_files() {
        Golden.assertMatches("openai-packet.openai.md", markdown.write(TestPackets.openAiPacket(),
                PacketTemplate.OPENAI));
        Golden.assertMatches("openai-packet.full.md", markdown.write(TestPackets.openAiPacket(),
                PacketTemplate.FULL));
        Golden.assertMatches("log-packet.openai.md", markdown.write(TestPackets.logPacket(), PacketTemplate.OPENAI));
        Golden.assertMatches("azure-packet.azure.md", markdown.write(TestPackets.azurePacket(),
                PacketTemplate.AZURE));
        Golden.assertMatches("openai-packet.provider.md", markdown.write(TestPackets.openAiPacket(),
                PacketTemplate.PROVIDER));
        Golden.assertMatches("chatgpt-packet.chatgpt.md", markdown.write(TestPackets.chatGptPacket(),
                PacketTemplate.CHATGPT));
    }

    @ParameterizedTest
    @EnumSource(PacketTemplate.class)
    void should_close_every_fence_and_keep_the_body_and_headers_verbatim_inside_code(PacketTemplate template) {
        IncidentPacket p = TestPackets.openAiPacket();
        Doc doc = parse(markdown.write(p, template));
        assertThat(doc.fences).allSatisfy(f -> assertThat(f.getClosingFenceLength()).isNotNull());
        List<String> literals = doc.fences.stream().map(FencedCodeBlock::getLiteral).toList();
        if (template.technical()) {
            assertThat(literals).contains(p.value(FieldName.RESPONSE_BODY).orElseThrow() + "\n",
                    p.value(FieldName.RESPONSE_HEADERS).orElseThrow() + "\n");
        } else {
            assertThat(literals).contains(p.paste());
        }
        // the paste's backticks and the notes' fence marks never open code outside the fenced blocks
        assertThat(doc.fences).noneMatch(f -> f.getLiteral().equals("log tail\n"));
        assertThat(doc.inlineCode).noneMatch(c -> c.contains("retry") || c.contains("twice"));
    }

    @ParameterizedTest
    @EnumSource(PacketTemplate.class)
    void should_write_well_formed_tables(PacketTemplate template) {
        for (IncidentPacket p : List.of(TestPackets.openAiPacket(), TestPackets.azurePacket(),
                TestPackets.chatGptPacket())) {
            String md = markdown.write(p, template);
            Doc doc = parse(md);
            assertThat(doc.tables).isNotEmpty();
            for (TableBlock t : doc.tables) {
                List<Integer> widths = new ArrayList<>();
                for (Node n = t.getFirstChild(); n != null; n = n.getNext()) {
                    for (Node row = n.getFirstChild(); row != null; row = row.getNext()) {
                        widths.add(count(row));
                    }
                }
                assertThat(widths).as("cells per row").containsOnly(widths.get(0));
            }
            // commonmark pads short rows, so check the source too: same unescaped pipes on every table line
            List<String> lines = md.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("|") && (i == 0 || !lines.get(i - 1).startsWith("|"))) {
                    long header = pipes(lines.get(i));
                    for (int j = i; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                        assertThat(pipes(lines.get(j))).as("line %s", lines.get(j)).isEqualTo(header);
                    }
                }
            }
        }
    }

    @Test
    void should_keep_hostile_paste_content_inert() {
        String paste = "````\n</details><script>alert(1)</script>\n# not a heading\n| a | b |\n[x](https://evil)\n```";
        IncidentPacket p = PacketBuilder.fromDiagnosis(TestPackets.unknownDiagnosis(paste), TestPackets.KNOWLEDGE,
                        TestPackets.APP_VERSION, TestPackets.NOW)
                .withEntered(FieldName.NOTES, "<img src=x onerror=alert(1)> [click](https://evil) | x\n# head")
                .withEntered(FieldName.MODEL, "gpt|image`2`\nnext <b>")
                .build();
        for (PacketTemplate template : PacketTemplate.values()) {
            Doc doc = parse(markdown.write(p, template));
            assertThat(doc.html).isZero();
            assertThat(doc.links).isZero();
            assertThat(doc.headings).noneMatch(h -> h.contains("not a heading") || h.equals("head"));
            assertThat(doc.fences).anySatisfy(f -> assertThat(f.getLiteral()).isEqualTo(paste + "\n"));
        }
    }

    @Test
    void should_never_render_a_planted_secret() {
        IncidentPacket p = PacketBuilder.fromDiagnosis(TestPackets.unknownDiagnosis(PlantedSecrets.asOnePaste()),
                TestPackets.KNOWLEDGE, TestPackets.APP_VERSION, TestPackets.NOW).build();
        for (PacketTemplate template : PacketTemplate.values()) {
            Leaks.assertNoneLeaked(markdown.write(p, template));
        }
    }

    @Test
    void should_keep_api_jargon_out_of_the_chatgpt_packet() {
        String md = markdown.write(TestPackets.chatGptPacket(), PacketTemplate.CHATGPT);
        assertThat(md).doesNotContainIgnoringCase("http").doesNotContainIgnoringCase("header")
                .doesNotContainIgnoringCase("endpoint").doesNotContain("app_cap").doesNotContain("0.85")
                .contains("Plus").contains("What the app said");
    }

    @Test
    void should_say_no_message_was_copied_instead_of_an_empty_block_when_there_was_no_paste() {
        var d = TestPackets.chatGptDiagnosis();
        var noPaste = new dev.limittriage.diagnosis.Diagnosis(d.owner(), d.bucket(), d.detail(), d.retry(),
                d.confidence(), List.of(), null, d.nextStep(), d.doNot(), d.summary(), null, List.of(),
                new dev.limittriage.evidence.Evidence("", List.of(), List.of(), List.of(), List.of(), null,
                        List.of(), List.of()));
        var packet = dev.limittriage.packet.PacketBuilder.fromDiagnosis(noPaste, TestPackets.KNOWLEDGE, "0.1.0-test",
                TestPackets.NOW).withAnswers(TestPackets.answers()).build();
        String md = markdown.write(packet, PacketTemplate.CHATGPT);
        assertThat(md).contains("No message was copied").doesNotContain("```text\n```");
        assertThat(parse(md).fences).isEmpty();
    }

    @Test
    void should_make_fences_longer_than_any_backtick_run() {
        assertThat(PacketMarkdown.fence("a ````` b", "text")).startsWith("``````text\n").endsWith("\n``````\n");
        assertThat(PacketMarkdown.fence("plain", "")).isEqualTo("```\nplain\n```\n");
        assertThat(PacketMarkdown.cell("a|b\nc")).isEqualTo("a\\|b<br>c");
    }

    private static long pipes(String line) {
        long n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }

    private static int count(Node row) {
        int n = 0;
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            n++;
        }
        return n;
    }

    private static Doc parse(String md) {
        Doc doc = new Doc();
        PARSER.parse(md).accept(doc);
        return doc;
    }

    private static final class Doc extends AbstractVisitor {
        final List<FencedCodeBlock> fences = new ArrayList<>();
        final List<TableBlock> tables = new ArrayList<>();
        final List<String> inlineCode = new ArrayList<>();
        final List<String> headings = new ArrayList<>();
        int html;
        int links;

        @Override
        public void visit(FencedCodeBlock n) {
            fences.add(n);
        }

        @Override
        public void visit(CustomBlock n) {
            if (n instanceof TableBlock t) {
                tables.add(t);
            }
            visitChildren(n);
        }

        @Override
        public void visit(Code n) {
            inlineCode.add(n.getLiteral());
        }

        @Override
        public void visit(HtmlInline n) {
            // <br> in table cells and paragraphs is ours; anything else came from content
            if (!n.getLiteral().equals("<br>")) {
                html++;
            }
        }

        @Override
        public void visit(HtmlBlock n) {
            html++;
        }

        @Override
        public void visit(Link n) {
            links++;
            visitChildren(n);
        }

        @Override
        public void visit(Heading n) {
            StringBuilder b = new StringBuilder();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text t) {
                    b.append(t.getLiteral());
                }
            }
            headings.add(b.toString());
        }
    }
}
