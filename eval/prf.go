package eval

// prf returns precision (ok/sys), recall (ok/gold) and F1, their harmonic
// mean (2ok/(sys+gold)), for ok correct items out of sys returned and gold
// expected. A figure whose denominator is zero is 0. Every scorer of the
// package counts through it.
func prf(ok, sys, gold int) (p, r, f float64) {
	return ratio(ok, sys), ratio(ok, gold), ratio(2*ok, sys+gold)
}

// ratio returns num/den, or 0 when den is 0.
func ratio(num, den int) float64 {
	if den == 0 {
		return 0
	}
	return float64(num) / float64(den)
}
