"""The Java project model: every source file of the given roots (and the JDK stubs the Go
runtime implements) indexed into packages, types and members, with javac's name resolution
and expression typing, and one Go name decided per declaration for the whole project."""

from l2j_lsp.project.model import Project, ProjectError

__all__ = ["Project", "ProjectError"]
