/// The two files the pages load (`/assets/app.css`, `/assets/app.js`), served from memory: no file of the machine
/// is ever read to answer a request, and no external resource is used.
enum Assets {
    struct Asset: Sendable {
        let type: String
        let body: String
    }

    static let named: [String: Asset] = [
        "app.css": Asset(type: "text/css; charset=utf-8", body: css),
        "app.js": Asset(type: "text/javascript; charset=utf-8", body: js),
    ]

    static let css = """
    :root { --ink: #1b1f24; --muted: #5b6470; --line: #d8dde3; --accent: #1f5fa8; --bg: #fbfbfc; --mark: #ffe58a; --phrase: #cfe6ff; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif;
           color: var(--ink); background: var(--bg); line-height: 1.5; }
    header { background: #fff; border-bottom: 1px solid var(--line); padding: 0.5rem 1rem; display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1rem; }
    header .brand { font-weight: 600; margin-right: 1rem; color: var(--ink); text-decoration: none; }
    nav { display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; flex: 1; }
    nav a, .lang a { color: var(--accent); text-decoration: none; white-space: nowrap; }
    nav a.current { font-weight: 600; color: var(--ink); border-bottom: 2px solid var(--accent); }
    main { padding: 1rem; max-width: 1200px; margin: 0 auto; }
    h1 { font-size: 1.4rem; margin: 0.5rem 0 1rem; } h2 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
    form.query { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-end; background: #fff; border: 1px solid var(--line); padding: 0.75rem; border-radius: 6px; }
    form.query label { display: flex; flex-direction: column; font-size: 0.85rem; color: var(--muted); }
    input, select, textarea, button { font: inherit; padding: 0.3rem 0.45rem; border: 1px solid #b8c0ca; border-radius: 4px; background: #fff; color: var(--ink); }
    input[type=text] { min-width: 14rem; } textarea { width: 100%; min-height: 10rem; } form.query label.wide { flex-basis: 100%; }
    button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
    table { border-collapse: collapse; background: #fff; margin: 0.5rem 0; }
    th, td { border: 1px solid var(--line); padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
    th { background: #f1f3f6; font-weight: 600; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
    .stats { display: flex; flex-wrap: wrap; gap: 0.75rem; } .stat { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.9rem; }
    .stat b { display: block; font-size: 1.2rem; } .muted { color: var(--muted); font-size: 0.9rem; }
    .chart-box { overflow-x: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem; }
    svg.chart { max-width: none; display: block; } svg .grid { stroke: #eceff3; } svg .axis { stroke: #8a939e; }
    svg .tick, svg .legend, svg .axis-label { font-size: 12px; fill: #39414b; font-family: inherit; }
    svg a circle { cursor: pointer; } svg a:hover circle, svg a:focus circle { r: 6; } svg a:hover rect { opacity: 0.75; }
    svg circle { transition: r 0.1s; }
    table.kwic td.left { text-align: right; white-space: nowrap; overflow: hidden; max-width: 28rem; direction: ltr; }
    table.kwic td.hit { font-weight: 600; white-space: nowrap; } table.kwic td.right { white-space: nowrap; overflow: hidden; max-width: 28rem; }
    table.kwic td.doc { font-size: 0.85rem; max-width: 16rem; }
    .pager { display: flex; gap: 1rem; align-items: center; margin: 0.5rem 0; }
    .doc-text { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); padding: 1rem; border-radius: 6px; line-height: 1.8; overflow-wrap: anywhere; }
    mark.term { background: var(--mark); } mark.phrase { background: var(--phrase); }
    .error { color: #a40000; background: #fff0f0; border: 1px solid #f2c4c4; padding: 0.5rem 0.75rem; border-radius: 6px; }
    .tip { position: fixed; pointer-events: none; background: #1b1f24; color: #fff; font-size: 12px; padding: 2px 6px; border-radius: 3px; display: none; z-index: 10; }
    .columns { display: flex; flex-wrap: wrap; gap: 1.5rem; } .columns > div { flex: 1 1 20rem; min-width: 0; }
    footer { color: var(--muted); font-size: 0.8rem; padding: 1rem; text-align: center; }
    """

    /// Interaction only: hover values on chart points, the "more terms" convenience; pages work without it.
    static let js = """
    (function () {
      'use strict';
      var tip = document.createElement('div');
      tip.className = 'tip';
      document.addEventListener('DOMContentLoaded', function () {
        document.body.appendChild(tip);
        var shapes = document.querySelectorAll('svg.chart circle, svg.chart rect');
        for (var i = 0; i < shapes.length; i++) {
          var el = shapes[i];
          var t = el.querySelector('title');
          if (!t) { continue; }
          el.setAttribute('data-tip', t.textContent);
          el.addEventListener('mousemove', function (ev) {
            tip.textContent = this.getAttribute('data-tip');
            tip.style.left = (ev.clientX + 12) + 'px';
            tip.style.top = (ev.clientY + 12) + 'px';
            tip.style.display = 'block';
          });
          el.addEventListener('mouseleave', function () { tip.style.display = 'none'; });
        }
        var charts = document.querySelectorAll('svg.chart');
        for (var k = 0; k < charts.length; k++) { charts[k].setAttribute('data-drawn', 'true'); }
      });
    })();
    """
}
