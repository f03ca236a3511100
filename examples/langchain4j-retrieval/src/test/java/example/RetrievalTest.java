package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the example as a user would and checks that each question finds the document answering it. */
class RetrievalTest {
    @Test
    void eachQuestionRetrievesItsAnswer() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Retrieval.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        original.println(String.join("\n", lines));
        assertEquals(List.of(
                "When can I visit you? -> Our office is open Monday to Friday, 9:00 to 17:30.",
                "How long until I get my money back? -> Refunds are paid to the original card within 14 days of the return.",
                "How quickly will my order be delivered? -> Parcels ship from our Rotterdam warehouse and arrive in two to four working days.",
                "I can't log in to my account -> To reset your password, use the 'Forgot password' link on the sign-in page."),
                lines);
    }
}
