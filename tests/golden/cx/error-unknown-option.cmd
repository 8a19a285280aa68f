cx --bogus score
