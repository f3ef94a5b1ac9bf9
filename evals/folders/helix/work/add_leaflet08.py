import re,html,subprocess
D='/work/blind22/helix/docs/'
src=open('/work/blind22/helix/work/build.py').read()
ns={}
exec("import re,html,subprocess\nD='/work/blind22/helix/docs/'\n"+src.split('# EMA leaflets')[1].split("fsh('aldara'")[0], ns)
ns['fsh']('bavencio',8,'Bavencio','avelumab')
f=D+'08_ema-leaflet_bavencio_avelumab.txt'
t=open(f).read()
i=t.find('Indlægsseddel: Information til brugeren')
if i>0: t=t[:i]
if len(t)>39500:
    cut=t[:39000].rfind('\n'); t=t[:cut]+'\n[...]\n'
open(f,'w').write(t); print(len(t))
