// ICU's C API behind stable names, for ZhTextICU. Only standard C types and this header's own opaque type appear
// here: the system ICU headers stay inside zt_icu.c, so no Swift module ever loads them next to Foundation's own ICU
// (_FoundationICU), whose `UErrorCode` differs ("'UErrorCode' has different definitions in different modules").
#ifndef ZHTEXT_ICU_SHIM_H
#define ZHTEXT_ICU_SHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU object (break iterator, transliterator) as an opaque pointer.
typedef struct zt_icu_opaque zt_icu_opaque;

int zt_failure(int32_t code);
const char *zt_error_name(int32_t code);
/// Decodes `length` bytes in charset `name` into `dest` (capacity `capacity` UTF-16 units).
/// Returns the number of UTF-16 units written (or needed, when `*status` is U_BUFFER_OVERFLOW_ERROR).
int32_t zt_decode(const char *name, const char *source, int32_t length, uint16_t *dest,
                                int32_t capacity, int32_t *errors, int32_t *status);
/// Encodes UTF-16 into charset `name`; unmappable characters count as errors. Returns bytes written.
int32_t zt_encode(const char *name, const uint16_t *source, int32_t length, char *dest, int32_t capacity,
                                int32_t *status);
/// Whether ICU knows a converter by this name.
int zt_charset_known(const char *name);
/// ICU's canonical name for a charset alias, or NULL.
const char *zt_charset_canonical(const char *name);
/// Runs ICU's detector; writes up to `max` names (pointers valid until the next call on this thread are NOT
/// guaranteed, so the names are copied into `names` as NUL-terminated strings of at most 31 bytes each).
int32_t zt_detect(const char *bytes, int32_t length, char names[][32], int32_t *confidences, int32_t max);
zt_icu_opaque *zt_break_open(int32_t kind, const char *locale, int32_t *status);
void zt_break_close(zt_icu_opaque *bi);
void zt_break_set_text(zt_icu_opaque *bi, const uint16_t *text, int32_t length, int32_t *status);
int32_t zt_break_first(zt_icu_opaque *bi);
int32_t zt_break_next(zt_icu_opaque *bi);
int32_t zt_break_rule_status(zt_icu_opaque *bi);
int32_t zt_break_done(void);
int32_t zt_break_kind_word(void);
int32_t zt_break_kind_sentence(void);
int32_t zt_break_kind_line(void);
zt_icu_opaque *zt_translit_open(const uint16_t *id, int32_t idLength, int32_t *status);
void zt_translit_close(zt_icu_opaque *t);
/// Transliterates `text` in place (`*length` units used of `capacity`). Returns the status code.
int32_t zt_translit(zt_icu_opaque *t, uint16_t *text, int32_t *length, int32_t capacity);
/// NFKC of one code point into `dest` (UTF-16). Returns units written, or -1 on failure.
int32_t zt_nfkc(uint32_t cp, uint16_t *dest, int32_t capacity);
/// The Unicode general category of a code point (ICU's UCharCategory value).
int32_t zt_char_type(uint32_t cp);
/// Whether a code point has the Ideographic property.
int zt_is_ideographic(uint32_t cp);

#ifdef __cplusplus
}
#endif

#endif
