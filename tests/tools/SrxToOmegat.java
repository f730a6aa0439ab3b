// Converts SRX 2.0 rules into OmegaT 3.6's project segmentation file (omegat/segmentation.conf, Java beans XML),
// through OmegaT's own classes, since OmegaT 3.6 reads no SRX in a project.
// java -cp OmegaT.jar:. SrxToOmegat RULES.srx PROJECT/omegat/segmentation.conf
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.omegat.core.segmentation.MapRule;
import org.omegat.core.segmentation.Rule;
import org.omegat.core.segmentation.SRX;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

public class SrxToOmegat {
  public static void main(String[] args) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new File(args[0]));
    Map<String, List<Rule>> byName = new HashMap<>();
    NodeList sets = doc.getElementsByTagNameNS("*", "languagerule");
    for (int i = 0; i < sets.getLength(); i++) {
      Element set = (Element) sets.item(i);
      List<Rule> rules = new ArrayList<>();
      NodeList rs = set.getElementsByTagNameNS("*", "rule");
      for (int k = 0; k < rs.getLength(); k++) {
        Element r = (Element) rs.item(k);
        String before = text(r, "beforebreak");
        String after = text(r, "afterbreak");
        rules.add(new Rule(!"no".equals(r.getAttribute("break")), before, after));
      }
      byName.put(set.getAttribute("languagerulename"), rules);
    }
    List<MapRule> maps = new ArrayList<>();
    NodeList ms = doc.getElementsByTagNameNS("*", "languagemap");
    for (int i = 0; i < ms.getLength(); i++) {
      Element m = (Element) ms.item(i);
      String name = m.getAttribute("languagerulename");
      maps.add(new MapRule(name, m.getAttribute("languagepattern"), byName.get(name)));
    }
    SRX srx = new SRX();
    srx.setMappingRules(maps);
    srx.setVersion(SRX.CURRENT_VERSION);
    SRX.saveTo(srx, new File(args[1]));
  }

  private static String text(Element rule, String name) {
    NodeList list = rule.getElementsByTagNameNS("*", name);
    return list.getLength() == 0 ? "" : list.item(0).getTextContent();
  }
}
