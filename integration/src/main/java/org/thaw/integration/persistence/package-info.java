/** How the wars' JPA provider (Hibernate ORM) reads PostgreSQL columns, where its defaults cost. */
package org.thaw.integration.persistence;
