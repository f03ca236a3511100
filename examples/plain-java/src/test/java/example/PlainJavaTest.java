package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the example as a user would and checks what it prints. */
class PlainJavaTest {
    @Test
    void theMealSentenceComesFirst() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            PlainJava.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        original.println(String.join("\n", lines));
        assertEquals("Query: Someone is having a meal.", lines[0]);
        assertEquals(4, lines.length, "the query and three hits");
        assertTrue(lines[1].endsWith("  A man is eating food."), lines[1]);
    }
}
