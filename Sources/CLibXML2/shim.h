// libxml2's HTML parser headers, for the CLibXML2Shim C target only (they include ICU's headers, which clash with
// Foundation's in Swift: no Swift module imports this one).
#ifndef ZHTEXT_CLIBXML2_SHIM_H
#define ZHTEXT_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#endif
