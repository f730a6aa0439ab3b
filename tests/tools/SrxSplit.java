// Cuts texts with SRX rules through libsegment (Debian's libsegment-java, the SRX 2.0 reference implementation).
// java -cp segment.jar:. SrxSplit RULES.srx LANG < texts  (texts separated by NUL; UTF-8)
// prints, for each text, the lengths of its segments (UTF-16 code units, as JavaScript counts), comma-separated, one line a text.
import java.io.*;
import java.nio.charset.StandardCharsets;
import net.sourceforge.segment.TextIterator;
import net.sourceforge.segment.srx.SrxDocument;
import net.sourceforge.segment.srx.SrxTextIterator;
import net.sourceforge.segment.srx.io.Srx2Parser;

public class SrxSplit {
  public static void main(String[] args) throws Exception {
    SrxDocument rules;
    try (Reader r = new InputStreamReader(new FileInputStream(args[0]), StandardCharsets.UTF_8)) {
      rules = new Srx2Parser().parse(r);
    }
    String all = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
    for (String text : all.split("\u0000", -1)) {
      if (text.isEmpty()) continue;
      StringBuilder line = new StringBuilder();
      TextIterator it = new SrxTextIterator(rules, args[1], text);
      while (it.hasNext()) {
        if (line.length() > 0) line.append(',');
        line.append(it.next().length());
      }
      out.println(line);
    }
  }
}
