"""Flatten a ClinicalTrials.gov JSON study record (API v1 PascalCase or API v2 camelCase)
into 'Label: value' lines with module headings. Wording of values is kept verbatim."""
import json, re, sys

def label(k):
    k = re.sub(r'Module$', '', k)
    s = re.sub(r'(?<=[a-z0-9])([A-Z])', r' \1', k)
    s = s.replace('N C T', 'NCT').replace('Q C', 'QC')
    s = s[0].upper() + s[1:]
    return s

def emit(o, out, prefix='', depth=0):
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, dict):
                if depth <= 1:
                    out.append('')
                    out.append(label(k))
                    emit(v, out, '', depth+1)
                else:
                    emit(v, out, (prefix + label(k) + ' - ') if prefix or depth>1 else label(k)+' - ', depth+1)
            elif isinstance(v, list):
                if all(not isinstance(x, (dict, list)) for x in v):
                    if len(v) == 1 or all(len(str(x)) < 60 for x in v):
                        out.append(f"{prefix}{label(k)}: {'; '.join(str(x) for x in v)}")
                    else:
                        for x in v:
                            out.append(f"{prefix}{label(k)}: {x}")
                else:
                    for i, x in enumerate(v, 1):
                        if depth <= 1:
                            out.append('')
                            out.append(f"{label(k)} {i}")
                            emit(x, out, '', depth+2)
                        else:
                            emit(x, out, f"{prefix}{label(k)} {i} - ", depth+1)
            else:
                if isinstance(v, bool):
                    v = 'Yes' if v else 'No'
                out.append(f"{prefix}{label(k)}: {v}")
    return out

if __name__ == '__main__':
    d = json.load(open(sys.argv[1]))
    print('\n'.join(emit(d, [])))
