import { digestsByName, snapshotChanges } from '../environments/snapshot-changes.js';

/**
 * The site's stylesheet: light and dark themes (the reader's setting, or the toggle), colours
 * chosen for contrast (WCAG AA on both themes), visible focus, and a print stylesheet for the
 * posture and trail pages (no navigation, no filters, black on white).
 */
export const SITE_CSS = `:root{--bg:#ffffff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--panel:#f6f8fa;--link:#0550ae;--good-bg:#dafbe1;--good-fg:#0a5c23;--bad-bg:#ffebe9;--bad-fg:#a40e26;--warn-bg:#fff8c5;--warn-fg:#6b4b00;--neutral-bg:#eaeef2;--neutral-fg:#24292f;--focus:#0969da}
[data-theme=dark]{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--line:#30363d;--panel:#161b22;--link:#79b8ff;--good-bg:#033a16;--good-fg:#7ee2a8;--bad-bg:#4c0d15;--bad-fg:#ffa198;--warn-bg:#3b2e00;--warn-fg:#f2cc60;--neutral-bg:#21262d;--neutral-fg:#c9d1d9;--focus:#79b8ff}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;background:var(--bg);color:var(--fg)}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--panel);padding:.5em}
.skip:focus{left:.5em}
header.top{display:flex;flex-wrap:wrap;align-items:center;gap:.5em 1.5em;padding:.5em 1em;border-bottom:1px solid var(--line);background:var(--panel)}
.brand{margin:0;font-weight:700}
.brand a{text-decoration:none;color:var(--fg)}
nav ul{display:flex;flex-wrap:wrap;gap:.25em 1em;list-style:none;margin:0;padding:0}
nav a[aria-current=page]{font-weight:700;text-decoration:underline}
button{font:inherit;padding:.25em .75em;border:1px solid var(--line);border-radius:4px;background:var(--bg);color:var(--fg);cursor:pointer}
.theme{margin-left:auto}
main{padding:1em;max-width:1200px}
footer{padding:1em;color:var(--muted);border-top:1px solid var(--line)}
h1{font-size:1.6em;margin:.2em 0 .5em}
h2{font-size:1.25em;margin:1.2em 0 .4em}
table{border-collapse:collapse;width:100%;margin:.5em 0 1em}
caption{text-align:left;font-weight:600;padding:.25em 0;color:var(--muted)}
th,td{border:1px solid var(--line);padding:.3em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:var(--panel);overflow-wrap:normal;word-break:keep-all}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em}
pre{background:var(--panel);border:1px solid var(--line);padding:.75em;overflow:auto;max-height:40em}
.badge{display:inline-block;padding:0 .45em;border-radius:3px;font-size:.85em;font-weight:600;white-space:nowrap}
.good{background:var(--good-bg);color:var(--good-fg)}
.bad{background:var(--bad-bg);color:var(--bad-fg)}
.warn{background:var(--warn-bg);color:var(--warn-fg)}
.neutral{background:var(--neutral-bg);color:var(--neutral-fg)}
.cards{display:flex;flex-wrap:wrap;gap:1em;list-style:none;padding:0}
.cards li{border:1px solid var(--line);border-radius:6px;padding:.6em 1em;min-width:10em;background:var(--panel)}
.cards .n{font-size:1.6em;font-weight:700;display:block}
form.filters{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:end;margin:.5em 0}
form.filters label{display:flex;flex-direction:column;font-size:.9em}
input,select{font:inherit;padding:.2em .4em;border:1px solid var(--line);border-radius:4px;background:var(--bg);color:var(--fg)}
.note{color:var(--muted)}
.notcounted td{background:var(--bad-bg)}
svg.trend{width:100%;max-width:640px;height:auto}
svg.trend text{fill:var(--fg);font-size:11px}
svg.trend .axis{stroke:var(--muted)}
svg.trend .line{stroke:var(--link);fill:none;stroke-width:2}
svg.trend .dot{fill:var(--link)}
@media print{header.top,footer,form.filters,.skip,button,.noprint{display:none!important}body{background:#fff;color:#000}main{max-width:none}a{color:#000}.badge{border:1px solid #000;background:#fff!important;color:#000!important}pre{max-height:none}}
`;

/** Runs in <head>: the chosen theme before the first paint (no flash). */
export const THEME_JS = `(function(){try{var t=localStorage.getItem('factstore-theme');if(!t){t=window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.setAttribute('data-theme',t)}catch(e){document.documentElement.setAttribute('data-theme','light')}})();
`;

/**
 * The site's one script: the theme toggle; tables filled from data files (loaded as <script>s,
 * since Chromium blocks fetch() under file://), filtered and paginated in the page; search over
 * the sharded index; the snapshot diff, with the same function `factstore env diff` uses.
 */
export function siteJs(): string {
  return `(function(){
'use strict';
var FS=window.FS=window.FS||{data:{},loaded:{}};
var root=document.body.getAttribute('data-root')||'';
var html=document.documentElement;
var toggle=document.getElementById('theme-toggle');
function showTheme(){var dark=html.getAttribute('data-theme')==='dark';toggle.setAttribute('aria-pressed',dark?'true':'false');toggle.textContent=dark?'Light theme':'Dark theme'}
if(toggle){showTheme();toggle.addEventListener('click',function(){var t=html.getAttribute('data-theme')==='dark'?'light':'dark';html.setAttribute('data-theme',t);try{localStorage.setItem('factstore-theme',t)}catch(e){}showTheme()})}
function load(file,done){if(FS.loaded[file]){done();return}var s=document.createElement('script');s.src=root+'data/'+file;s.onload=function(){FS.loaded[file]=true;done()};s.onerror=function(){done()};document.body.appendChild(s)}
FS.load=load;
// tables backed by data: rows {c:[cell html], f:{field:value}}
document.querySelectorAll('[data-dataset]').forEach(function(box){
  var name=box.getAttribute('data-dataset');var shards=Number(box.getAttribute('data-shards')||'1');var next=shards-2;
  var tbody=box.querySelector('tbody');var form=box.querySelector('form.filters');var status=box.querySelector('.count');var more=box.querySelector('.more');
  var pageSize=Number(box.getAttribute('data-page')||'200');var shown=pageSize;
  function wanted(row){if(!form)return true;var ok=true;form.querySelectorAll('input,select').forEach(function(el){var v=el.value.trim().toLowerCase();if(!v)return;var field=el.getAttribute('name');var have=String((row.f&&row.f[field])||'').toLowerCase();if(el.tagName==='SELECT'||el.getAttribute('data-match')==='exact'){if(have!==v)ok=false}else if(el.getAttribute('data-match')==='prefix'){if(have.indexOf(v)!==0)ok=false}else if(have.indexOf(v)<0)ok=false});return ok}
  function sorted(){var all=FS.data[name]||[];if(all.sortedLength!==all.length){all.sort(function(a,b){return a.s<b.s?1:a.s>b.s?-1:0});all.sortedLength=all.length}return all}
  function render(){var rows=sorted().filter(wanted);var out=[];for(var i=0;i<rows.length&&i<shown;i++){out.push('<tr'+(rows[i].cls?' class="'+rows[i].cls+'"':'')+'>'+rows[i].c.map(function(c){return '<td>'+c+'</td>'}).join('')+'</tr>')}tbody.innerHTML=out.length?out.join(''):'<tr><td colspan="'+box.querySelectorAll('thead th').length+'">Nothing matches.</td></tr>';if(status)status.textContent=Math.min(rows.length,shown)+' of '+rows.length+' shown'+(next>=0?' (of the '+(FS.data[name]||[]).length+' loaded; show more loads older ones)':'');if(more)more.hidden=!(rows.length>shown||next>=0)}
  if(form){form.addEventListener('input',function(){shown=pageSize;render()});form.addEventListener('submit',function(e){e.preventDefault()});var q=new URLSearchParams(location.search);form.querySelectorAll('input,select').forEach(function(el){var v=q.get(el.getAttribute('name'));if(v)el.value=v})}
  if(more)more.addEventListener('click',function(){var rows=sorted().filter(wanted);if(rows.length>shown){shown+=pageSize;render();return}if(next>=0){load(name+'-'+next+'.js',function(){next--;render()})}});
  render();
});
// search: the index is sharded by the terms' first characters (data/search-index.js lists the shards)
var q=document.getElementById('q');
if(q){var list=document.getElementById('results');var said=document.getElementById('results-count');
  function norm(t){return t.replace(/[^a-z0-9]/g,'_')}
  function shardsFor(t){var k=norm(t);return (FS.searchShards||[]).filter(function(p){var b=p.replace(/\.$/,'');return k.indexOf(b)===0||b.indexOf(k)===0}).slice(0,40)}
  function loadAll(names,done){var i=0;(function step(){if(i>=names.length){done();return}load('search-'+names[i++]+'.js',step)})()}
  function run(){var t=q.value.trim().toLowerCase();if(t===''){list.innerHTML='';said.textContent='Type to search flows, trails, artifacts, attestation types, commits and actors.';return}
    var names=shardsFor(t);loadAll(names,function(){if(q.value.trim().toLowerCase()!==t)return;var hits=[];names.forEach(function(n){(FS.data['search-'+n]||[]).forEach(function(e){if(hits.length<200&&e.t.indexOf(t)===0)hits.push(e)})});
      list.innerHTML=hits.map(function(e){return '<li><span class="badge neutral">'+e.k+'</span> <a href="'+root+e.h+'">'+e.l+'</a></li>'}).join('');said.textContent=hits.length===0?'Nothing matches.':hits.length+' result(s)'+(hits.length===200?' (the first 200)':'')})}
  q.addEventListener('input',run);var p=new URLSearchParams(location.search).get('q');if(p){q.value=p}run()}
// snapshot diff between any two snapshots of an environment
var diff=document.getElementById('diff-form');
if(diff){var snaps=FS.data.snapshots||[];var out=document.getElementById('diff-out');
  diff.addEventListener('submit',function(e){e.preventDefault();var a=snaps[Number(diff.from.value)],b=snaps[Number(diff.to.value)];if(!a||!b)return;var changes=snapshotChanges(a.items,b.items);
    out.innerHTML=changes.length===0?'<p>No change between these two snapshots.</p>':'<table><caption>'+changes.length+' change(s) from '+a.ts+' to '+b.ts+'</caption><thead><tr><th scope="col">Change</th><th scope="col">Name</th><th scope="col">Before</th><th scope="col">After</th></tr></thead><tbody>'+changes.map(function(c){var tone=c.change==='ADDED'?'good':c.change==='REMOVED'?'bad':'warn';return '<tr><td><span class="badge '+tone+'">'+c.change+'</span></td><td>'+esc(c.name)+'</td><td>'+c.from.map(esc).join('<br>')+'</td><td>'+c.to.map(esc).join('<br>')+'</td></tr>'}).join('')+'</tbody></table>';out.focus()})}
// a trail page's document: the build's tip and high-water mark put back (data/build.js)
var doc=document.getElementById('trail-json');var shown=document.getElementById('trail-json-text');
if(doc&&shown){var d=JSON.parse(doc.textContent);if(FS.build&&d.trust){var t={factsCommit:FS.build.factsCommit,highWater:FS.build.highWater};for(var k in d.trust)t[k]=d.trust[k];d.trust=t}shown.textContent=JSON.stringify(d,null,2)}
function esc(t){return String(t).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;')}
// the one diff engine: factstore env diff's own function
${snapshotChanges.toString()}
${digestsByName.toString()}
})();
`;
}
