# Reads a TMX file with translate-toolkit (translate.storage.tmx) and prints its units as JSON [source, target] pairs.
import json, sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
print(json.dumps([[u.source, u.target] for u in store.units], ensure_ascii=False))
