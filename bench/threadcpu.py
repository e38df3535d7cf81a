# Per-thread CPU seconds of the bench and server JVMs (docs/perf-notes/jit.md): polls /proc every 200 ms
# for SECONDS (first argument) and prints, per process, CPU by thread name group. Linux only.
import os,time,collections,sys,re
# poll all java processes; keep last per-thread utime+stime by (pid, tid)
last={}; names={}; cmd={}
tck=os.sysconf('SC_CLK_TCK')
end=time.time()+float(sys.argv[1])
while time.time()<end:
    for pid in os.listdir('/proc'):
        if not pid.isdigit(): continue
        try:
            c=open(f'/proc/{pid}/cmdline','rb').read().replace(b'\0',b' ').decode()
        except: continue
        if 'java' not in c.split(' ')[0]: continue
        if 'ServerMain' not in c and 'HeadlessCatchUp' not in c and 'ServerBenchMain' not in c: continue
        cmd[pid]=('server' if 'ServerMain' in c else 'desk')+' '+pid
        try:
            for tid in os.listdir(f'/proc/{pid}/task'):
                s=open(f'/proc/{pid}/task/{tid}/stat').read()
                nm=s[s.index('(')+1:s.rindex(')')]
                f=s[s.rindex(')')+2:].split()
                last[(pid,tid)]=(int(f[11])+int(f[12]))/tck
                names[(pid,tid)]=nm
        except: pass
    time.sleep(0.2)
agg=collections.defaultdict(lambda: collections.Counter())
for (pid,tid),v in last.items():
    nm=re.sub(r'\d+','#',names[(pid,tid)])
    agg[cmd[pid]][nm]+=v
for p,c in agg.items():
    print(p, 'total %.2f'%sum(c.values()))
    for n,v in c.most_common(12): print('   %.2f %s'%(v,n))
