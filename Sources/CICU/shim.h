// The system ICU's C headers, for the CICUShim C target only. No Swift module may import this module: Foundation
// brings its own ICU (_FoundationICU) whose `UErrorCode` differs, and clang refuses a module that sees both.
#ifndef ZHTEXT_CICU_SHIM_H
#define ZHTEXT_CICU_SHIM_H
#include <unicode/utypes.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/ubrk.h>
#include <unicode/utrans.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>
#endif
