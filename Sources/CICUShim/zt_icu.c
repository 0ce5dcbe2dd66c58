// ICU's C API behind stable names (ICU renames its symbols per version: ubrk_open_72). Compiled as C against the
// machine's ICU; the header (include/zt_icu.h) exposes only its own types, so no ICU header reaches a Swift module.
#include "zt_icu.h"

#include <string.h>
#include <unicode/utypes.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/ubrk.h>
#include <unicode/utrans.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>

// MARK: - Errors

int zt_failure(int32_t code) { return U_FAILURE((UErrorCode)code) ? 1 : 0; }
const char *zt_error_name(int32_t code) { return u_errorName((UErrorCode)code); }

// MARK: - Converters

/// Counts the bytes ICU could not convert, then substitutes U+FFFD as the default callback does.
typedef struct { int32_t errors; } zt_decode_context;

static void zt_count_and_substitute(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                                    int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
    if (reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR || reason == UCNV_UNASSIGNED) {
        zt_decode_context *ctx = (zt_decode_context *)context;
        ctx->errors += 1;
        static const UChar replacement = 0xFFFD;
        *err = U_ZERO_ERROR;
        ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
    }
}

/// Decodes `length` bytes in charset `name` into `dest` (capacity `capacity` UTF-16 units).
/// Returns the number of UTF-16 units written (or needed, when `*status` is U_BUFFER_OVERFLOW_ERROR).
int32_t zt_decode(const char *name, const char *source, int32_t length, uint16_t *dest,
                                int32_t capacity, int32_t *errors, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(name, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    zt_decode_context ctx = {0};
    ucnv_setToUCallBack(cnv, zt_count_and_substitute, &ctx, NULL, NULL, &err);
    if (U_FAILURE(err)) { ucnv_close(cnv); *status = err; return 0; }
    UChar *target = (UChar *)dest;
    const UChar *targetLimit = target + capacity;
    const char *src = source;
    ucnv_toUnicode(cnv, &target, targetLimit, &src, source + length, NULL, 1, &err);
    int32_t written = (int32_t)(target - (UChar *)dest);
    ucnv_close(cnv);
    *errors = ctx.errors;
    *status = err;
    return written;
}

/// Encodes UTF-16 into charset `name`; unmappable characters count as errors. Returns bytes written.
int32_t zt_encode(const char *name, const uint16_t *source, int32_t length, char *dest, int32_t capacity,
                                int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(name, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
    int32_t n = ucnv_fromUChars(cnv, dest, capacity, (const UChar *)source, length, &err);
    ucnv_close(cnv);
    *status = err;
    return n;
}

/// Whether ICU knows a converter by this name.
int zt_charset_known(const char *name) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(name, &err);
    if (U_FAILURE(err)) return 0;
    ucnv_close(cnv);
    return 1;
}

/// ICU's canonical name for a charset alias, or NULL.
const char *zt_charset_canonical(const char *name) {
    UErrorCode err = U_ZERO_ERROR;
    const char *canonical = ucnv_getCanonicalName(name, "IANA", &err);
    if (U_FAILURE(err) || canonical == NULL) {
        err = U_ZERO_ERROR;
        canonical = ucnv_getAlias(name, 0, &err);
        if (U_FAILURE(err)) return NULL;
    }
    return canonical;
}

// MARK: - Charset detection

/// Runs ICU's detector; writes up to `max` names (pointers valid until the next call on this thread are NOT
/// guaranteed, so the names are copied into `names` as NUL-terminated strings of at most 31 bytes each).
int32_t zt_detect(const char *bytes, int32_t length, char names[][32], int32_t *confidences, int32_t max) {
    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&err);
    if (U_FAILURE(err)) return 0;
    ucsdet_setText(det, bytes, length, &err);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &found, &err);
    int32_t n = 0;
    if (U_SUCCESS(err)) {
        for (int32_t i = 0; i < found && n < max; i++) {
            UErrorCode e2 = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &e2);
            int32_t conf = ucsdet_getConfidence(matches[i], &e2);
            if (U_FAILURE(e2) || name == NULL) continue;
            strncpy(names[n], name, 31);
            names[n][31] = 0;
            confidences[n] = conf;
            n++;
        }
    }
    ucsdet_close(det);
    return n;
}

// MARK: - Break iteration

zt_icu_opaque *zt_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &err);
    *status = err;
    return (zt_icu_opaque *)bi;
}
void zt_break_close(zt_icu_opaque *bi) { ubrk_close((UBreakIterator *)bi); }
void zt_break_set_text(zt_icu_opaque *bi, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)bi, (const UChar *)text, length, &err);
    *status = err;
}
int32_t zt_break_first(zt_icu_opaque *bi) { return ubrk_first((UBreakIterator *)bi); }
int32_t zt_break_next(zt_icu_opaque *bi) { return ubrk_next((UBreakIterator *)bi); }
int32_t zt_break_rule_status(zt_icu_opaque *bi) { return ubrk_getRuleStatus((UBreakIterator *)bi); }
int32_t zt_break_done(void) { return UBRK_DONE; }
int32_t zt_break_kind_word(void) { return UBRK_WORD; }
int32_t zt_break_kind_sentence(void) { return UBRK_SENTENCE; }
int32_t zt_break_kind_line(void) { return UBRK_LINE; }

// MARK: - Transliteration

zt_icu_opaque *zt_translit_open(const uint16_t *id, int32_t idLength, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0, NULL, &err);
    *status = err;
    return (zt_icu_opaque *)t;
}
void zt_translit_close(zt_icu_opaque *t) { utrans_close((UTransliterator *)t); }
/// Transliterates `text` in place (`*length` units used of `capacity`). Returns the status code.
int32_t zt_translit(zt_icu_opaque *t, uint16_t *text, int32_t *length, int32_t capacity) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars((UTransliterator *)t, (UChar *)text, length, capacity, 0, &limit, &err);
    return err;
}

// MARK: - Normalization of single code points

/// NFKC of one code point into `dest` (UTF-16). Returns units written, or -1 on failure.
int32_t zt_nfkc(uint32_t cp, uint16_t *dest, int32_t capacity) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFKCInstance(&err);
    if (U_FAILURE(err)) return -1;
    UChar src[2];
    int32_t len = 0;
    if (cp <= 0xFFFF) { src[0] = (UChar)cp; len = 1; }
    else { src[0] = (UChar)(0xD7C0 + (cp >> 10)); src[1] = (UChar)(0xDC00 | (cp & 0x3FF)); len = 2; }
    int32_t out = unorm2_normalize(n, src, len, (UChar *)dest, capacity, &err);
    return U_FAILURE(err) ? -1 : out;
}

/// The Unicode general category of a code point (ICU's UCharCategory value).
int32_t zt_char_type(uint32_t cp) { return (int32_t)u_charType((UChar32)cp); }
/// Whether a code point has the Ideographic property.
int zt_is_ideographic(uint32_t cp) { return u_hasBinaryProperty((UChar32)cp, UCHAR_IDEOGRAPHIC) ? 1 : 0; }
