import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Fails the build when a mutant PIT could not kill is missing from the equivalent-mutants file, or when the file
 * lists a mutant that no longer survives, so the file always says exactly which survivors were judged equivalent.
 * Run by the core build's pit profile after PIT, as a single-file program:
 * {@code java PitSurvivorCheck.java target/pit-reports/mutations.xml pit-equivalent-mutants.md}.
 * Mutants are matched on class, method, line and mutator (simple name); a row stands for one mutant.
 */
public final class PitSurvivorCheck {

  private PitSurvivorCheck() {}

  public static void main(String[] args) throws Exception {
    Path report = Path.of(args[0]);
    Path equivalents = Path.of(args[1]);
    if (!Files.exists(report)) {
      System.out.println("PIT survivor check: no " + report + " (PIT did not run); skipped.");
      return;
    }
    Map<String, Integer> balance = new TreeMap<>();
    mutants(report, "SURVIVED", "NO_COVERAGE").forEach(key -> balance.merge(key, 1, Integer::sum));
    listed(equivalents).forEach(key -> balance.merge(key, -1, Integer::sum));
    // On a loaded machine an equivalent mutant can time out; that is no test killing it, so its row stays.
    mutants(report, "TIMED_OUT")
        .forEach(key -> balance.computeIfPresent(key, (k, count) -> count < 0 ? count + 1 : count));

    List<String> problems = new ArrayList<>();
    balance.forEach((key, count) -> {
      if (count > 0) {
        problems.add(count + " surviving mutant(s) not listed as equivalent: " + key);
      } else if (count < 0) {
        problems.add(-count + " listed mutant(s) no longer surviving (remove the row): " + key);
      }
    });
    if (!problems.isEmpty()) {
      problems.forEach(System.err::println);
      System.err.println("Kill each new survivor with a test, or list it in " + equivalents.getFileName()
          + " with the reason no test can kill it.");
      System.exit(1);
    }
    System.out.println("PIT survivor check: every surviving mutant is listed in " + equivalents.getFileName() + ".");
  }

  private static List<String> mutants(Path report, String... statuses) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList mutations = factory.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("mutation");
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < mutations.getLength(); i++) {
      Element mutation = (Element) mutations.item(i);
      String status = mutation.getAttribute("status");
      if (List.of(statuses).contains(status)) {
        String mutator = text(mutation, "mutator");
        keys.add(key(text(mutation, "mutatedClass"), text(mutation, "mutatedMethod"), text(mutation, "lineNumber"),
            mutator.substring(mutator.lastIndexOf('.') + 1)));
      }
    }
    return keys;
  }

  /** Rows of the Markdown table: | class | method | line | mutator | reason |, the reason not empty. */
  private static List<String> listed(Path equivalents) throws IOException {
    List<String> keys = new ArrayList<>();
    for (String line : Files.readAllLines(equivalents)) {
      if (!line.startsWith("|") || line.startsWith("| Class") || line.startsWith("|--") || line.startsWith("| --")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      if (cells.length < 7 || cells[5].isBlank()) {
        throw new IllegalArgumentException("A row needs class, method, line, mutator and a reason: " + line);
      }
      keys.add(key(cell(cells[1]), cell(cells[2]), cell(cells[3]), cell(cells[4])));
    }
    return keys;
  }

  private static String cell(String cell) {
    return cell.strip().replace("`", "");
  }

  private static String key(String className, String method, String line, String mutator) {
    return className + " " + method + " line " + line + " " + mutator;
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent();
  }
}
