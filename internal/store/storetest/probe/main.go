// Command probe says whether the PostgreSQL test server answers (exit 0) or that the PostgreSQL tests
// will be skipped (exit 1); make test runs it first, so a skip is said plainly.
package main

import (
	"fmt"
	"os"

	"github.com/morbotlabs/morbot/internal/store/storetest"
)

func main() {
	if err := storetest.Reachable(); err != nil {
		fmt.Printf("SKIPPED: the PostgreSQL tests (the test server does not answer: %v; start it, or set MORBOT_TEST_PG)\n", err)
		os.Exit(1)
	}
	fmt.Println("PostgreSQL test server answers: the PostgreSQL tests run")
}
