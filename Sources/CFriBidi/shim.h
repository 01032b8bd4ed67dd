#ifndef AMO_CFRIBIDI_SHIM_H
#define AMO_CFRIBIDI_SHIM_H
// GNU FriBidi: the Unicode bidirectional algorithm and Arabic shaping, so
// Arabic screens read correctly on terminals that show logical order.
#include <fribidi/fribidi.h>
#endif
