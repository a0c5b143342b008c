#ifndef TALLY_CGSL_SHIM_H
#define TALLY_CGSL_SHIM_H

// Only the GSL headers Tally uses. The Statistics module is the one place that imports this.
#include <gsl/gsl_errno.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_fit.h>

// Swift 6 refuses GSL's mutable C globals; read them through accessors.
static inline const gsl_rng_type *tally_gsl_rng_mt19937(void) { return gsl_rng_mt19937; }

#endif
