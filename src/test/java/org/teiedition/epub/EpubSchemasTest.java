// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.xml.XMLValidators;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;

/**
 * The toolkit's {@link XMLValidators}, which compiles EPUBCheck's schemas as books need them, stands in for
 * EPUBCheck's own: the same constants in the same order, the same schemas, and the schemas compiled ahead
 * are the ones a book needs.
 */
class EpubSchemasTest {
    private static final int ACC_ENUM = 0x4000;

    @Test
    void itNamesEpubChecksConstantsAndSchemas() throws IOException {
        Path epubcheck = Path.of(EpubCheck.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        assertNotEquals(epubcheck, Path.of(XMLValidators.class.getProtectionDomain().getCodeSource().getLocation().getPath()),
                "the toolkit's class is the one loaded");
        ClassFile original;
        try (ZipFile jar = new ZipFile(epubcheck.toFile());
                DataInputStream in = new DataInputStream(jar.getInputStream(jar.getEntry("com/adobe/epubcheck/xml/XMLValidators.class")))) {
            original = ClassFile.read(in);
        }
        assertEquals(original.enumConstants, Arrays.stream(XMLValidators.values()).map(Enum::name).toList(), "constants, in order");
        Set<String> schemas = original.strings.stream().filter(s -> s.startsWith("schema/")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(schemas, Arrays.stream(XMLValidators.values()).map(XMLValidators::schema).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void aBookCompilesTheSchemasCompiledAheadAndNoOthers(@TempDir Path temp) throws Exception {
        Path epub = temp.resolve("memorandum.epub");
        assertEquals(List.of(), Edition.create().epub(EpubTest.MEMORANDUM, epub));
        assertEquals(List.of(), new EpubChecker().check(epub, "memorandum.epub"));
        assertEquals(EpubChecker.BOOK_SCHEMAS.stream().map(Enum::name).sorted().toList(),
                Arrays.stream(XMLValidators.values()).filter(XMLValidators::isCompiled).map(Enum::name).sorted().toList());
    }

    /** What the test reads of a class file: its string constants and its enum constants' names, in order. */
    private record ClassFile(List<String> strings, List<String> enumConstants) {
        static ClassFile read(DataInputStream in) throws IOException {
            in.readInt(); // magic
            in.readInt(); // versions
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
            in.skipBytes(6); // access, this, super
            in.skipBytes(2 * in.readUnsignedShort()); // interfaces
            List<String> constants = new ArrayList<>();
            int fields = in.readUnsignedShort();
            for (int f = 0; f < fields; f++) {
                int access = in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                in.skipBytes(2);
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    in.skipBytes(2);
                    in.skipBytes(in.readInt());
                }
                if ((access & ACC_ENUM) != 0) {
                    constants.add(name);
                }
            }
            return new ClassFile(Arrays.stream(utf8).filter(s -> s != null).toList(), constants);
        }
    }
}
