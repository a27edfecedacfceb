package commands_test

import (
	"math/big"
	"strconv"
)

type chainBig = big.Int

func fmtInt(n int64) string { return strconv.FormatInt(n, 10) }
