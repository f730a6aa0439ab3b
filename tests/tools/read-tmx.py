# Reads a TMX file with translate-toolkit (translate.storage.tmx) and prints its units as JSON [source, target] pairs.
import json, sys, warnings
# Debian's translate-toolkit with a newer lxml warns of its own search ("This search incorrectly ignores the root
# element"): the library's notice, not the TMX's; anything else it says on stderr still fails the test.
warnings.filterwarnings("ignore", category=FutureWarning, module=r"translate\.")
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
print(json.dumps([[u.source, u.target] for u in store.units], ensure_ascii=False))
