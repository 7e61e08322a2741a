/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bookable Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.BookableResource#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.BookableResource#getResourceType <em>Resource Type</em>}</li>
 *   <li>{@link org.fieldbook.model.BookableResource#getUserId <em>User Id</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getBookableResource()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='bookableresource' entitySet='bookableresources'"
 * @generated
 */
public interface BookableResource extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getBookableResource_Name()
	 * @model annotation="http://www.fieldbook.org/dataverse column='name' maxLength='100'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.BookableResource#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Resource Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Type</em>' attribute.
	 * @see #setResourceType(int)
	 * @see org.fieldbook.model.FieldbookPackage#getBookableResource_ResourceType()
	 * @model annotation="http://www.fieldbook.org/dataverse column='resourcetype'"
	 * @generated
	 */
	int getResourceType();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.BookableResource#getResourceType <em>Resource Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Type</em>' attribute.
	 * @see #getResourceType()
	 * @generated
	 */
	void setResourceType(int value);

	/**
	 * Returns the value of the '<em><b>User Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system user this resource is; the signed-in technician's resource has theirs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Id</em>' attribute.
	 * @see #setUserId(String)
	 * @see org.fieldbook.model.FieldbookPackage#getBookableResource_UserId()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_userid_value'"
	 * @generated
	 */
	String getUserId();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.BookableResource#getUserId <em>User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Id</em>' attribute.
	 * @see #getUserId()
	 * @generated
	 */
	void setUserId(String value);

} // BookableResource
