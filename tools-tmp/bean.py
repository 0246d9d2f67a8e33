# Emits a Java bean: python3 bean.py < spec ; spec format:
# first line: package|ClassName|class-javadoc|extra class annotations (;-separated)|imports (;-separated)
# then per field: annotations(;-separated)|Type|name|javadoc
import sys, os
lines=[l.rstrip('\n') for l in sys.stdin if l.strip()]
pkg,cls,doc,cann,imps=lines[0].split('|')
fields=[l.rsplit('|',3) for l in lines[1:]]
out=[f"package {pkg};",""]
for i in sorted(set(x for x in imps.split(';') if x)):
    out.append(f"import {i};")
out+=["",f"/** {doc} */"]
for a in [x for x in cann.split(';') if x]:
    out.append(a)
out.append(f"public class {cls} {{")
out.append("")
for ann,typ,name,fdoc in fields:
    if fdoc: out.append(f"    /** {fdoc} */")
    for a in [x for x in ann.split(';') if x]:
        out.append(f"    {a}")
    init=""
    out.append(f"    private {typ} {name};")
    out.append("")
for ann,typ,name,fdoc in fields:
    cap=name[0].upper()+name[1:]
    out.append(f"    public {typ} get{cap}() {{\n        return {name};\n    }}\n")
    out.append(f"    public void set{cap}({typ} {name}) {{\n        this.{name} = {name};\n    }}\n")
out[-1]=out[-1].rstrip('\n')
out.append("}")
d=sys.argv[1]
os.makedirs(d,exist_ok=True)
open(os.path.join(d,cls+".java"),'w').write("\n".join(out)+"\n")
