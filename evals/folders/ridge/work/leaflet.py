"""Convert an English package leaflet from joofio/test-epi-composition FSH (HTML in text.div) to text."""
import re, sys, subprocess
sys.path.insert(0, "/work/s32/blind/ridge/work")
from htmltext import html_to_lines

REPO = "/work/.mirror/joofio+test-epi-composition/repo"

def convert(name, header):
    src = subprocess.run(["git", "-C", REPO, "show", f"HEAD:input/fsh/examples/{name}.fsh"], capture_output=True, text=True).stdout
    open(f"/work/s32/blind/ridge/work/raw/{name}.fsh", "w").write(src)
    parts = src.split("Instance:")
    eng = parts[1]
    out = [header, ""]
    for m in re.finditer(r'\*\s+title\s*=\s*"([^"]*)"(.*?)(?=\n\s*\*\s+title\s*=|\Z)', eng, re.S):
        title, body = m.group(1).strip(), m.group(2)
        if title.startswith("TEST PURPOSES"):
            continue
        d = re.search(r'text\.div\s*=\s*"""(.*?)"""', body, re.S)
        lines = html_to_lines(d.group(1)) if d else []
        lines = [l for l in lines if l.strip().lower() != "unavailable"]
        out.append(title)
        # avoid repeating the section title as first line
        if lines and lines[0].lower() == title.lower():
            lines = lines[1:]
        out.extend(lines)
        out.append("")
    t = "\n".join(out).rstrip() + "\n"
    if name in ("vocabria", "xofluza"):
        a = t.index("For any information about this medicine, please contact the local representative")
        b = t.index("This leaflet was last revised")
        t = t[:a] + "[...]\n" + t[b:]
    return t

if __name__ == "__main__":
    for name, fn, header in [
        ("xofluza", "02_ema_leaflet_xofluza_baloxavir.txt", "EMA package leaflet (EU product information, English): Xofluza (baloxavir marboxil), EU/1/20/1500/001 - source: European Medicines Agency, via GitHub joofio/test-epi-composition input/fsh/examples/xofluza.fsh"),
        ("vocabria", "05_ema_leaflet_vocabria_cabotegravir.txt", "EMA package leaflet (EU product information, English): Vocabria (cabotegravir) prolonged-release suspension for injection (leaflet for the injection; identifier given in the source record: EU/1/20/1481/002) - source: European Medicines Agency, via GitHub joofio/test-epi-composition input/fsh/examples/vocabria.fsh"),
    ]:
        t = convert(name, header)
        open(f"/work/s32/blind/ridge/docs/{fn}", "w").write(t)
        print(fn, len(t))
