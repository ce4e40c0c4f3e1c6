module l2jlsp/gocheck

go 1.23
