package com.massagetrainer.bank.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerException;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one bank file into a Jackson tree while remembering the line of every node, so that schema and rule
 * errors can name {@code file:line}. Rejects, with a located message, what would otherwise surface as a parser
 * stack trace or be silently misread: empty files, byte-order marks, invalid UTF-8, tab indentation, control
 * characters, several documents in one file, duplicate keys, anchors/aliases (they allow "billion laughs"
 * expansion), over-deep nesting and oversized files.
 */
public final class YamlDocument {

    /** Largest bank file we read; a topic file with 100 questions is ~100 KB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final int MAX_DEPTH = 20;

    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlDocument(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    public JsonNode root() {
        return root;
    }

    /** Line of the node at a JSON pointer, or of its nearest ancestor that has one. */
    public int lineOf(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    /** Parses the bytes of {@code file}; problems are added to {@code problems} and the result is then empty. */
    public static Optional<YamlDocument> parse(String file, byte[] bytes, List<BankProblem> problems) {
        int before = problems.size();
        String text = decode(file, bytes, problems);
        if (text == null) {
            return Optional.empty();
        }
        checkCharacters(file, text, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try {
            List<Node> documents = new ArrayList<>();
            for (Node node : yaml.composeAll(new StringReader(text))) {
                documents.add(node);
            }
            if (documents.isEmpty()) {
                problems.add(BankProblem.error(file, 1, "the file holds no YAML content; write the file's data, see question-bank/README.md"));
                return Optional.empty();
            }
            if (documents.size() > 1) {
                problems.add(BankProblem.error(file, line(documents.get(1).getStartMark()),
                        "a second YAML document starts here ('---'); keep one document per file"));
                return Optional.empty();
            }
            Map<String, Integer> lines = new HashMap<>();
            JsonNode root = new Converter(file, lines, problems).convert(documents.get(0), "", 0, 1);
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new YamlDocument(root, lines));
        } catch (MarkedYAMLException e) {
            problems.add(syntaxError(file, text, e));
        } catch (YAMLException e) {
            problems.add(BankProblem.error(file, 1, "YAML could not be read: " + oneLine(e.getMessage())));
        }
        return Optional.empty();
    }

    /**
     * Names the line that is broken. A scanner error ("could not find expected ':'") carries the place where the
     * broken token starts as its context; its problem mark is where the scanner gave up, often the next line. A
     * quote left open swallows the following lines, so the parser only fails where the swallowed text ends: the
     * line to fix is where that quoted text began.
     */
    private static BankProblem syntaxError(String file, String text, MarkedYAMLException e) {
        Mark problem = e.getProblemMark();
        if (e instanceof ScannerException && e.getContextMark() != null) {
            return BankProblem.error(file, line(e.getContextMark()), "YAML syntax: " + describe(e)
                    + "; check indentation and quoting on this line");
        }
        if (problem != null) {
            ScalarToken quoted = quotedTextBefore(text, problem);
            if (quoted != null) {
                return BankProblem.error(file, line(quoted.getStartMark()), "YAML syntax: the quoted text that starts "
                        + "on this line is not closed on it, so it runs on to line " + line(quoted.getEndMark())
                        + "; close the quote on this line");
            }
        }
        Mark mark = problem != null ? problem : e.getContextMark();
        return BankProblem.error(file, mark == null ? 1 : line(mark), "YAML syntax: " + describe(e)
                + "; check indentation and quoting on this line");
    }

    /** The token just before {@code problem}, when it is quoted text spanning several lines. */
    private static ScalarToken quotedTextBefore(String text, Mark problem) {
        Token last = null;
        try {
            ScannerImpl scanner = new ScannerImpl(new StreamReader(text), new LoaderOptions());
            while (scanner.checkToken()) {
                Token token = scanner.getToken();
                if (token.getStartMark().getIndex() >= problem.getIndex()) {
                    break;
                }
                last = token;
            }
        } catch (YAMLException e) {
            // the scan stops at the same error; what was read before it is enough
        }
        if (last instanceof ScalarToken scalar && (scalar.getStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                || scalar.getStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED)
                && scalar.getEndMark().getLine() > scalar.getStartMark().getLine()) {
            return scalar;
        }
        return null;
    }

    private static String decode(String file, byte[] bytes, List<BankProblem> problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(BankProblem.error(file, 1, "the file is " + bytes.length / 1024
                    + " KiB; bank files may be at most " + MAX_BYTES / 1024 + " KiB, split the topic's questions"));
            return null;
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            problems.add(BankProblem.error(file, 1,
                    "the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM"));
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            int offset = in.position();
            problems.add(BankProblem.error(file, lineAtByte(bytes, offset),
                    "invalid UTF-8 byte sequence; save the file as UTF-8"));
            return null;
        } catch (CharacterCodingException e) {
            problems.add(BankProblem.error(file, 1, "the file is not valid UTF-8; save it as UTF-8"));
            return null;
        }
        if (text.isBlank()) {
            problems.add(BankProblem.error(file, 1, "the file is empty; write the file's data, see question-bank/README.md"));
            return null;
        }
        // Old Mac (CR-only) and Windows line ends both become \n so that line numbers match what editors show.
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int lineAtByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static void checkCharacters(String file, String text, List<BankProblem> problems) {
        int line = 1;
        boolean atLineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                atLineStart = true;
                continue;
            }
            if (c == '\t' && atLineStart) {
                problems.add(BankProblem.error(file, line, "a tab is used for indentation; indent with spaces only"));
                return;
            }
            if (c != ' ' && c != '\t') {
                atLineStart = false;
            }
            if (Character.isISOControl(c) && c != '\t') {
                problems.add(BankProblem.error(file, line, String.format(
                        "control character U+%04X in the text; delete it (it is invisible in most editors)", (int) c)));
                return;
            }
        }
    }

    private static int line(Mark mark) {
        return mark.getLine() + 1;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        return oneLine(problem == null ? "unreadable YAML" : problem);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    /** Turns the composed YAML node graph into a Jackson tree, recording each node's line by JSON pointer. */
    private static final class Converter {
        private final String file;
        private final Map<String, Integer> lines;
        private final List<BankProblem> problems;
        private final Set<Node> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        Converter(String file, Map<String, Integer> lines, List<BankProblem> problems) {
            this.file = file;
            this.lines = lines;
            this.problems = problems;
        }

        /** {@code line} is where the node's key stands for a field (what an author looks for), else the node's own. */
        JsonNode convert(Node node, String pointer, int depth, int line) {
            lines.put(pointer, line);
            if (!seen.add(node)) {
                problems.add(BankProblem.error(file, line(node.getStartMark()),
                        "YAML anchors and aliases (& and *) are not allowed in the bank; write the text out"));
                return JsonNodeFactory.instance.nullNode();
            }
            if (depth > MAX_DEPTH) {
                problems.add(BankProblem.error(file, line(node.getStartMark()), "nesting is too deep"));
                return JsonNodeFactory.instance.nullNode();
            }
            if (node instanceof MappingNode mapping) {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                Set<String> keys = new HashSet<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                        problems.add(BankProblem.error(file, line(tuple.getKeyNode().getStartMark()),
                                "a key must be a plain word"));
                        continue;
                    }
                    String key = keyNode.getValue();
                    if (!keys.add(key)) {
                        problems.add(BankProblem.error(file, line(keyNode.getStartMark()),
                                "key '" + key + "' appears twice in the same block; keep one"));
                        continue;
                    }
                    object.set(key, convert(tuple.getValueNode(), pointer + "/" + escape(key), depth + 1,
                            line(keyNode.getStartMark())));
                }
                return object;
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                int i = 0;
                for (Node item : sequence.getValue()) {
                    array.add(convert(item, pointer + "/" + i++, depth + 1, line(item.getStartMark())));
                }
                return array;
            }
            return scalar((ScalarNode) node);
        }

        private JsonNode scalar(ScalarNode node) {
            String value = node.getValue();
            Tag tag = node.getTag();
            JsonNodeFactory f = JsonNodeFactory.instance;
            try {
                if (Tag.NULL.equals(tag)) {
                    return f.nullNode();
                }
                if (Tag.BOOL.equals(tag)) {
                    return f.booleanNode(Set.of("true", "yes", "on", "y").contains(value.toLowerCase()));
                }
                if (Tag.INT.equals(tag)) {
                    return f.numberNode(new BigInteger(value.replace("_", "")));
                }
                if (Tag.FLOAT.equals(tag)) {
                    return f.numberNode(new BigDecimal(value.replace("_", "")));
                }
            } catch (NumberFormatException e) {
                return f.textNode(value);
            }
            return f.textNode(value);
        }

        private static String escape(String key) {
            return key.replace("~", "~0").replace("/", "~1");
        }
    }
}
