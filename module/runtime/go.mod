module l2jgo

go 1.23
