// Runs libxml2's HTML parser with a SAX handler that records a flat event stream (see include/zt_html.h).
#include "zt_html.h"

#include <stdlib.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

// Inputs are at most INT32_MAX bytes, so 32-bit offsets suffice (24 bytes per event instead of 40: a page of
// millions of tiny elements stays within memory).
typedef struct {
    int32_t kind;
    uint32_t text_offset;
    uint32_t text_length;
    uint32_t position;
    int32_t attribute_count;
    int32_t first_attribute;
} stored_event;

typedef struct {
    uint32_t name_offset, name_length, value_offset, value_length;
} stored_attribute;

struct zt_html_result {
    stored_event *events;
    size_t event_count, event_capacity;
    stored_attribute *attributes;
    size_t attribute_count, attribute_capacity;
    char *pool;
    size_t pool_length, pool_capacity;
    htmlParserCtxtPtr context;
    int failed;
    // Elements open now (as reported), elements open beyond ZT_HTML_MAX_DEPTH (not reported), and all of those.
    size_t depth, skipped, flattened;
};

static int grow(void **buffer, size_t *capacity, size_t needed, size_t element) {
    if (needed <= *capacity) return 1;
    size_t next = *capacity ? *capacity : 64;
    while (next < needed) next *= 2;
    void *moved = realloc(*buffer, next * element);
    if (!moved) return 0;
    *buffer = moved;
    *capacity = next;
    return 1;
}

static size_t intern(zt_html_result *r, const char *text, size_t length) {
    if (r->pool_length + length + 1 > UINT32_MAX) { r->failed = 1; return 0; }
    if (!grow((void **)&r->pool, &r->pool_capacity, r->pool_length + length + 1, 1)) { r->failed = 1; return 0; }
    size_t at = r->pool_length;
    if (length) memcpy(r->pool + at, text, length);
    r->pool_length += length;
    return at;
}

static size_t position(zt_html_result *r) {
    htmlParserCtxtPtr ctxt = r->context;
    if (!ctxt || !ctxt->input || !ctxt->input->cur || !ctxt->input->base) return 0;
    return (size_t)ctxt->input->consumed + (size_t)(ctxt->input->cur - ctxt->input->base);
}

static stored_event *append(zt_html_result *r, int32_t kind, const char *text, size_t length) {
    if (r->failed) return NULL;
    if (!grow((void **)&r->events, &r->event_capacity, r->event_count + 1, sizeof(stored_event))) { r->failed = 1; return NULL; }
    stored_event *e = &r->events[r->event_count++];
    e->kind = kind;
    e->text_offset = text ? (uint32_t)intern(r, text, length) : 0;
    e->text_length = text ? (uint32_t)length : 0;
    e->position = (uint32_t)position(r);
    e->attribute_count = 0;
    e->first_attribute = (int32_t)r->attribute_count;
    return e;
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts) {
    zt_html_result *r = ctx;
    // Deeper than the cap: not reported (its content goes to the deepest reported element); its end is skipped too.
    // libxml2 closes elements last-opened-first, so the skipped ones are always the innermost.
    if (r->depth >= ZT_HTML_MAX_DEPTH) { r->skipped++; r->flattened++; return; }
    r->depth++;
    stored_event *e = append(r, ZT_HTML_START, (const char *)name, name ? strlen((const char *)name) : 0);
    if (!e || !atts) return;
    for (size_t i = 0; atts[i]; i += 2) {
        if (!grow((void **)&r->attributes, &r->attribute_capacity, r->attribute_count + 1, sizeof(stored_attribute))) {
            r->failed = 1;
            return;
        }
        const char *n = (const char *)atts[i];
        const char *v = (const char *)atts[i + 1];
        stored_attribute *a = &r->attributes[r->attribute_count++];
        a->name_length = (uint32_t)strlen(n);
        a->name_offset = (uint32_t)intern(r, n, a->name_length);
        a->value_length = v ? (uint32_t)strlen(v) : 0;
        a->value_offset = (uint32_t)intern(r, v ? v : "", a->value_length);
        e = &r->events[r->event_count - 1];
        e->attribute_count += 1;
    }
}

static void on_end(void *ctx, const xmlChar *name) {
    (void)name;
    zt_html_result *r = ctx;
    if (r->skipped > 0) { r->skipped--; return; }
    if (r->depth == 0) return;
    r->depth--;
    append(ctx, ZT_HTML_END, NULL, 0);
}

static void on_text(void *ctx, const xmlChar *text, int length) {
    append(ctx, ZT_HTML_TEXT, (const char *)text, length > 0 ? (size_t)length : 0);
}

static void on_raw(void *ctx, const xmlChar *text, int length) {
    append(ctx, ZT_HTML_RAW, (const char *)text, length > 0 ? (size_t)length : 0);
}

static void on_comment(void *ctx, const xmlChar *text) {
    append(ctx, ZT_HTML_COMMENT, (const char *)text, text ? strlen((const char *)text) : 0);
}

static void on_silent(void *ctx, const char *message, ...) { (void)ctx; (void)message; }

zt_html_result *zt_html_parse(const char *utf8, size_t length) {
    zt_html_result *r = calloc(1, sizeof(zt_html_result));
    if (!r) return NULL;
    if (length == 0 || length > (size_t)INT32_MAX) return r;
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(utf8, (int)length);
    if (!ctxt) return r;
    htmlSAXHandler handler;
    memset(&handler, 0, sizeof(handler));
    handler.initialized = 1;
    handler.startElement = on_start;
    handler.endElement = on_end;
    handler.characters = on_text;
    handler.ignorableWhitespace = on_text;
    handler.cdataBlock = on_raw;
    handler.comment = on_comment;
    handler.warning = on_silent;
    handler.error = on_silent;
    handler.fatalError = on_silent;
    memcpy(ctxt->sax, &handler, sizeof(handler));
    ctxt->userData = r;
    r->context = ctxt;
    htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                                 | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOIMPLIED);
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(ctxt);
    r->context = NULL;
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    htmlFreeParserCtxt(ctxt);
    return r;
}

size_t zt_html_event_count(const zt_html_result *result) { return result ? result->event_count : 0; }

size_t zt_html_flattened(const zt_html_result *result) { return result ? result->flattened : 0; }

zt_html_event zt_html_event_at(const zt_html_result *result, size_t index) {
    zt_html_event out;
    memset(&out, 0, sizeof(out));
    if (!result || index >= result->event_count) return out;
    const stored_event *e = &result->events[index];
    out.kind = e->kind;
    out.text = result->pool ? result->pool + e->text_offset : "";
    out.text_length = e->text_length;
    out.position = e->position;
    out.attribute_count = e->attribute_count;
    out.first_attribute = e->first_attribute;
    return out;
}

void zt_html_attribute(const zt_html_result *result, size_t index, const char **name, size_t *name_length,
                       const char **value, size_t *value_length) {
    if (!result || index >= result->attribute_count) {
        *name = ""; *name_length = 0; *value = ""; *value_length = 0;
        return;
    }
    const stored_attribute *a = &result->attributes[index];
    *name = result->pool + a->name_offset;
    *name_length = a->name_length;
    *value = result->pool + a->value_offset;
    *value_length = a->value_length;
}

void zt_html_free(zt_html_result *result) {
    if (!result) return;
    free(result->events);
    free(result->attributes);
    free(result->pool);
    free(result);
}
