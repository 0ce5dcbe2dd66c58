// A flat event stream from libxml2's HTML parser, with byte positions into the UTF-8 input.
// This header exposes only its own types: no libxml2 (and hence no ICU) header reaches Swift.
#ifndef ZHTEXT_HTML_SHIM_H
#define ZHTEXT_HTML_SHIM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What one parse event is.
typedef enum {
    ZT_HTML_START = 1,   ///< an element opens: `name`, then `attribute_count` pairs from zt_html_attribute
    ZT_HTML_END = 2,     ///< the innermost open element closes (explicitly or implied by the parser)
    ZT_HTML_TEXT = 3,    ///< character data (entities already decoded)
    ZT_HTML_RAW = 4,     ///< script/style content, verbatim
    ZT_HTML_COMMENT = 5  ///< a comment's content
} zt_html_kind;

/// One event. `text`/`text_length` point into the result's own storage (UTF-8, not NUL-terminated).
/// `position` is the byte offset in the input the parser had consumed when it reported the event.
typedef struct {
    int32_t kind;
    const char *text;
    size_t text_length;
    size_t position;
    int32_t attribute_count;
    int32_t first_attribute;
} zt_html_event;

typedef struct zt_html_result zt_html_result;

/// Deepest element nesting reported; elements deeper than this are not reported (no START/END event), their content
/// belongs to the deepest reported element. Must equal HTMLDocument.maximumDepth.
#define ZT_HTML_MAX_DEPTH 512

/// Parses `length` bytes of UTF-8 HTML (the document's own charset declaration is ignored). Never fails on
/// malformed markup; returns NULL only when memory runs out.
zt_html_result *zt_html_parse(const char *utf8, size_t length);
/// Number of events.
size_t zt_html_event_count(const zt_html_result *result);
/// Number of elements nested deeper than ZT_HTML_MAX_DEPTH (not reported).
size_t zt_html_flattened(const zt_html_result *result);
/// Event `index` (0 ≤ index < count).
zt_html_event zt_html_event_at(const zt_html_result *result, size_t index);
/// Attribute `index` (global index: event.first_attribute + k): name and value (value may be empty).
void zt_html_attribute(const zt_html_result *result, size_t index, const char **name, size_t *name_length,
                       const char **value, size_t *value_length);
/// Frees the result.
void zt_html_free(zt_html_result *result);

#ifdef __cplusplus
}
#endif
#endif
